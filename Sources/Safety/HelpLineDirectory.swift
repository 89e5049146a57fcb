import Foundation
import TextEncoding

/// The compiled-in, offline directory of help lines, and how the app picks a person's region.
public enum HelpLineDirectory {
    /// Codes of regions with a full help-line entry, sorted.
    public static var regions: [String] {
        entries.keys.filter { $0 != international }.sorted()
    }

    /// The help to show for `region` (an ISO alpha-2 code, any case); a code without an entry gives the
    /// directory (with the region's emergency number when known); `nil` or a non-code gives international.
    public static func help(for region: String?) -> RegionHelp {
        let internationalLines = entries[international] ?? []
        guard let raw = region, let code = normalisedRegionCode(raw) else {
            return RegionHelp(region: international, regionName: "International", emergency: nil,
                              lines: internationalLines, isFallback: true)
        }
        let known = RegionCatalog.region(code: code)
        if let lines = entries[code] {
            return RegionHelp(region: code, regionName: known?.name ?? code, emergency: known?.emergency,
                              emergencyCheck: known?.check, lines: lines, isFallback: false)
        }
        if let known {
            return RegionHelp(region: code, regionName: known.name, emergency: known.emergency,
                              emergencyCheck: known.check, lines: internationalLines, isFallback: true)
        }
        if RegionCodes.all.contains(code) {  // a real code Alongside has no name or number for, e.g. TH
            return RegionHelp(region: code, regionName: code, emergency: nil, lines: internationalLines, isFallback: true)
        }
        return RegionHelp(region: international, regionName: "International", emergency: nil,
                          lines: internationalLines, isFallback: true)
    }

    /// Picks the region: `explicit` (`--region`), else `ALONGSIDE_REGION`, else the country in `LC_ALL` or `LANG`.
    ///
    /// Returns an uppercased ISO alpha-2 code, or `nil` for international (no region found, `C`/`POSIX`
    /// locales, or an explicit "international"). An explicit value is read strictly (`RegionInput`); the
    /// executable rejects a bad one with a message before it gets here, so a bad one is `nil` here too.
    /// `ALONGSIDE_REGION` and the locale are read leniently: a configured value that is not a code gives way to
    /// the locale, and a locale without a country falls back quietly to international. A locale
    /// without a country (`LC_ALL=C`) does not hide the country in the next variable, because scripts often
    /// set `LC_ALL=C` for stable output.
    public static func region(explicit: String?, environment: [String: String]) -> String? {
        if let explicit = nonEmpty(explicit) {
            guard case .code(let code) = RegionInput.read(explicit) else { return nil }
            return code
        }
        if let configured = nonEmpty(environment["ALONGSIDE_REGION"]) {
            if configured.lowercased() == international { return nil }
            if let code = normalisedRegionCode(configured) { return code }
        }
        for variable in ["LC_ALL", "LANG"] {
            if let locale = nonEmpty(environment[variable]), let code = regionCode(fromLocale: locale) {
                return code
            }
        }
        return nil
    }

    /// Cleans a user-typed region code: "gb" → "GB", "uk" → "GB"; `nil` unless it is two ASCII letters.
    public static func normalisedRegionCode(_ raw: String) -> String? {
        let code = raw.trimmingSpaces.uppercased()
        guard code.count == 2, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return code == "UK" ? "GB" : code
    }

    /// The country part of a POSIX locale name: "en_GB.UTF-8" → "GB", "de_DE@euro" → "DE", "C" → `nil`.
    public static func regionCode(fromLocale locale: String) -> String? {
        let name = locale.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
        let parts = name.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2 else { return nil }
        return normalisedRegionCode(String(parts[1]))
    }

    /// What `alongside helplines` prints: aligned, human friendly, saying these are people, not this app;
    /// only what helps a person reach someone (service, how, hours), never where the data came from.
    public static func renderText(_ help: RegionHelp) -> String {
        help.renderedText
    }

    /// A stable JSON object: `{"region":"GB","name":...,"emergency":"999 or 112","emergency_source":...,
    /// "lines":[...],"fallback":false}`; the emergency number and each line carry the address checked
    /// (`source`), the `checked` date, the `status` and a `check_note`.
    public static func renderJSON(_ help: RegionHelp) -> String {
        help.renderedJSON
    }

    // MARK: - Data

    static let international = "international"

    /// Lines keyed by region code (and "international"), in file order.
    static let entries: [String: [HelpLine]] = {
        do {
            return try parse(tsv: String(decoding: EmbeddedText.core("helplines.tsv"), as: UTF8.self))
        } catch {
            preconditionFailure("Resources/helplines.tsv is invalid: \(error)")
        }
    }()

    /// The table's columns, in order.
    static let columns = ["region", "service", "phone", "text", "chat", "hours", "languages", "kind", "note",
                          "source", "checked", "status", "check_note"]

    /// A problem in the help-line table, with its line number.
    struct TableError: Error, Equatable, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    /// Parses the help-line table: 13 tab-separated columns, '-' for none, '#' comments, a header row.
    static func parse(tsv: String) throws -> [String: [HelpLine]] {
        var result: [String: [HelpLine]] = [:]
        for (offset, rawLine) in tsv.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") || line.hasPrefix("region\t") { continue }
            let number = offset + 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard fields.count == Self.columns.count else {
                throw TableError(line: number, message: "expected \(Self.columns.count) columns, found \(fields.count)")
            }
            func optional(_ index: Int) -> String? { fields[index] == "-" || fields[index].isEmpty ? nil : fields[index] }
            guard let kind = HelpLine.Kind(rawValue: fields[7]) else {
                throw TableError(line: number, message: "unknown kind '\(fields[7])'")
            }
            guard let status = HelpLine.Status(rawValue: fields[11]) else {
                throw TableError(line: number, message: "unknown status '\(fields[11])'")
            }
            guard fields[10].count == 10, fields[10].hasPrefix("20") else {
                throw TableError(line: number, message: "checked date '\(fields[10])' is not YYYY-MM-DD")
            }
            let region = fields[0] == international ? international : fields[0].uppercased()
            let entry = HelpLine(
                service: fields[1], phone: optional(2), text: optional(3), chat: optional(4),
                hours: fields[5],
                languages: optional(6)?.split(separator: ",").map { String($0).trimmingSpaces } ?? [],
                kind: kind, source: fields[9], checked: fields[10], status: status, note: optional(8),
                checkNote: optional(12))
            result[region, default: []].append(entry)
        }
        return result
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingSpaces, !value.isEmpty else { return nil }
        return value
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    fileprivate var trimmingSpaces: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
