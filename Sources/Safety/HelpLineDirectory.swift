import Foundation

/// The compiled-in, offline directory of help lines, and how the app picks a person's region.
public enum HelpLineDirectory {
    /// Codes of regions with a full help-line entry, sorted.
    public static var regions: [String] {
        entries.keys.filter { $0 != international }.sorted()
    }

    /// The help to show for `region` (an ISO alpha-2 code, any case); unknown or `nil` gives the international directory.
    public static func help(for region: String?) -> RegionHelp {
        let internationalLines = entries[international] ?? []
        guard let raw = region, let code = normalisedRegionCode(raw) else {
            return RegionHelp(region: international, regionName: "International", emergency: nil,
                              lines: internationalLines, isFallback: true)
        }
        let known = RegionCatalog.region(code: code)
        if let lines = entries[code] {
            return RegionHelp(region: code, regionName: known?.name ?? code, emergency: known?.emergency,
                              lines: lines, isFallback: false)
        }
        if let known {
            return RegionHelp(region: code, regionName: known.name, emergency: known.emergency,
                              lines: internationalLines, isFallback: true)
        }
        return RegionHelp(region: international, regionName: "International", emergency: nil,
                          lines: internationalLines, isFallback: true)
    }

    /// Picks the region: `explicit` (`--region`), else `ALONGSIDE_REGION`, else the country in `LC_ALL` or `LANG`.
    ///
    /// Returns an uppercased ISO alpha-2 code, or `nil` for international (no region found, `C`/`POSIX`
    /// locales, or an explicit "international"). A locale without a country (`LC_ALL=C`) does not hide the
    /// country in the next variable, because scripts often set `LC_ALL=C` for stable output.
    public static func region(explicit: String?, environment: [String: String]) -> String? {
        if let explicit = nonEmpty(explicit) {
            return normalisedRegionCode(explicit)
        }
        if let configured = nonEmpty(environment["ALONGSIDE_REGION"]) {
            return normalisedRegionCode(configured)
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

    /// What `alongside helplines` prints: aligned, human friendly, saying these are people, not this app.
    public static func renderText(_ help: RegionHelp) -> String {
        help.renderedText
    }

    /// A stable JSON object: `{"region":"GB","name":...,"emergency":"999 or 112","lines":[...],"fallback":false}`.
    public static func renderJSON(_ help: RegionHelp) -> String {
        help.renderedJSON
    }

    // MARK: - Data

    static let international = "international"

    /// Lines keyed by region code (and "international"), in file order.
    static let entries: [String: [HelpLine]] = {
        do {
            return try parse(tsv: String(decoding: PackageResources.helplines_tsv, as: UTF8.self))
        } catch {
            preconditionFailure("Resources/helplines.tsv is invalid: \(error)")
        }
    }()

    /// A problem in the help-line table, with its line number.
    struct TableError: Error, Equatable, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    /// Parses the help-line table: 12 tab-separated columns, '-' for none, '#' comments, a header row.
    static func parse(tsv: String) throws -> [String: [HelpLine]] {
        var result: [String: [HelpLine]] = [:]
        for (offset, rawLine) in tsv.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") || line.hasPrefix("region\t") { continue }
            let number = offset + 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard fields.count == 12 else {
                throw TableError(line: number, message: "expected 12 columns, found \(fields.count)")
            }
            func optional(_ index: Int) -> String? { fields[index] == "-" || fields[index].isEmpty ? nil : fields[index] }
            guard let kind = HelpLine.Kind(rawValue: fields[7]) else {
                throw TableError(line: number, message: "unknown kind '\(fields[7])'")
            }
            guard let status = HelpLine.Status(rawValue: fields[10]) else {
                throw TableError(line: number, message: "unknown status '\(fields[10])'")
            }
            let region = fields[0] == international ? international : fields[0].uppercased()
            let entry = HelpLine(
                service: fields[1], phone: optional(2), text: optional(3), chat: optional(4),
                hours: fields[5],
                languages: optional(6)?.split(separator: ",").map { String($0).trimmingSpaces } ?? [],
                kind: kind, source: fields[8], verified: fields[9], status: status, note: optional(11))
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
