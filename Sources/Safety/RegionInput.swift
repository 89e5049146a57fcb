import Foundation

/// What a person typed for `--region`, read strictly: a two-letter ISO 3166 code, "international", or a
/// mistake that earns a clear message with suggestions (`Germany` → "did you mean DE (Germany)?").
///
/// Country names are not accepted as regions, only suggested: the contract (`--region CC`) stays one
/// spelling, and the person learns the code that works everywhere (`ALONGSIDE_REGION`, scripts).
public enum RegionInput: Sendable, Equatable {
    /// An ISO 3166 alpha-2 code, uppercased, e.g. "DE".
    case code(String)
    /// The international directory, asked for by name.
    case international
    /// Not a region code; `suggestions` are the regions the person probably meant (at most three).
    case unknown(typed: String, suggestions: [Region])

    /// Reads a `--region` value: "de" and "DE" are Germany; "Germany", "uk", "USA" and "ZZ" are not codes.
    public static func read(_ raw: String) -> RegionInput {
        let typed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let code = typed.uppercased()
        if code == "INTERNATIONAL" { return .international }
        if code.count == 2, RegionCodes.all.contains(code) { return .code(code) }
        return .unknown(typed: typed, suggestions: suggestions(for: typed))
    }

    /// The message for a value that is not a region, naming the likely codes; `nil` for a good value.
    public var problem: String? {
        guard case .unknown(let typed, let suggestions) = self else { return nil }
        let guesses = suggestions.map { "\($0.code) (\($0.name))" }
        let lead = typed.isEmpty ? "--region needs a value." : "\"\(typed)\" is not a two-letter ISO 3166 region code."
        let guess: String
        switch guesses.count {
        case 0: guess = ""
        case 1: guess = " Did you mean \(guesses[0])?"
        default: guess = " Did you mean " + guesses.dropLast().joined(separator: ", ") + " or \(guesses.last!)?"
        }
        let example = suggestions.first?.code ?? "DE"
        return lead + guess + " Use a code such as --region \(example), or --region international for services"
            + " that work in many countries."
    }

    // MARK: - Suggestions

    /// Regions the typed text probably means: a known alias or alpha-3 code, a name, a name's start, a near spelling.
    static func suggestions(for typed: String) -> [Region] {
        let key = folded(typed)
        guard !key.isEmpty else { return [] }
        var codes: [String] = []
        if let alias = aliases[key] { codes.append(alias) }
        let named = RegionCatalog.all.map { ($0.code, folded($0.name)) }
        codes += named.filter { $0.1 == key }.map(\.0)
        if key.count >= 3 {
            codes += named.filter { $0.1.hasPrefix(key) }.map(\.0)
            codes += named.filter { DamerauLevenshtein.distance($0.1, key, limit: 2) <= 2 }.map(\.0)
        }
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }.prefix(3).compactMap(RegionCatalog.region(code:))
    }

    /// Lowercased, without accents and surrounding space: "  Türkiye " → "turkiye".
    private static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
    }

    /// Common names, own-language names and alpha-3 codes for regions people often mistype.
    private static let aliases: [String: String] = [
        "uk": "GB", "gbr": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
        "wales": "GB", "northern ireland": "GB", "usa": "US", "america": "US", "united states of america": "US",
        "can": "CA", "irl": "IE", "eire": "IE", "aus": "AU", "nzl": "NZ", "aotearoa": "NZ", "deu": "DE",
        "ger": "DE", "deutschland": "DE", "fra": "FR", "esp": "ES", "espana": "ES", "ita": "IT", "italia": "IT",
        "nld": "NL", "holland": "NL", "nederland": "NL", "the netherlands": "NL", "bel": "BE", "belgie": "BE",
        "belgique": "BE", "swe": "SE", "sverige": "SE", "nor": "NO", "norge": "NO", "dnk": "DK", "danmark": "DK",
        "fin": "FI", "suomi": "FI", "ind": "IN", "bharat": "IN", "jpn": "JP", "nippon": "JP", "nihon": "JP",
        "bra": "BR", "brasil": "BR", "mex": "MX", "zaf": "ZA", "rsa": "ZA", "aut": "AT", "osterreich": "AT",
        "che": "CH", "schweiz": "CH", "suisse": "CH", "pol": "PL", "polska": "PL", "prt": "PT", "korea": "KR",
        "turkey": "TR", "czech republic": "CZ", "uae": "AE",
    ]
}
