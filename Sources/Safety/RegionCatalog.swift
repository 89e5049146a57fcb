/// Emergency numbers and names for regions, including many without a full help-line entry.
///
/// Where each number was checked, and whether an official page confirmed it, is in `EmergencyChecks` (checked
/// 2026-12-01; not every number could be confirmed). Keyed by region because short numbers collide (113 is a
/// suicide line in the Netherlands and the medical emergency number in Norway).
public enum RegionCatalog {
    /// Every known region, sorted by code.
    public static let all: [Region] = table
        .map { Region(code: $0.0, name: $0.1, emergency: $0.2, check: EmergencyChecks.check(for: $0.0)) }
        .sorted { $0.code < $1.code }

    /// The region for an uppercased ISO alpha-2 code, or `nil` when the code is unknown.
    public static func region(code: String) -> Region? {
        index[code.uppercased()]
    }

    private static let index: [String: Region] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    private static let table: [(String, String, String)] = [
        // Regions with a full help-line entry (emergency numbers from the safety reference).
        ("US", "United States", "911"),
        ("CA", "Canada", "911"),
        ("GB", "United Kingdom", "999 or 112"),
        ("IE", "Ireland", "112 or 999"),
        ("AU", "Australia", "000"),
        ("NZ", "New Zealand", "111"),
        ("DE", "Germany", "112"),
        ("FR", "France", "15 (medical) or 112"),
        ("ES", "Spain", "112"),
        ("IT", "Italy", "112"),
        ("NL", "Netherlands", "112"),
        ("BE", "Belgium", "112"),
        ("SE", "Sweden", "112"),
        ("NO", "Norway", "113 (medical) or 112"),
        ("DK", "Denmark", "112"),
        ("FI", "Finland", "112"),
        ("IN", "India", "112"),
        ("JP", "Japan", "119 (ambulance) or 110 (police)"),
        ("BR", "Brazil", "192 (ambulance), 190 (police) or 193 (fire)"),
        ("MX", "Mexico", "911"),
        ("ZA", "South Africa", "10177 (ambulance), 10111 (police) or 112 from a mobile"),
        // Other EU and European countries: 112.
        ("AT", "Austria", "112"),
        ("BG", "Bulgaria", "112"),
        ("HR", "Croatia", "112"),
        ("CY", "Cyprus", "112"),
        ("CZ", "Czechia", "112"),
        ("EE", "Estonia", "112"),
        ("GR", "Greece", "112"),
        ("HU", "Hungary", "112"),
        ("LV", "Latvia", "112"),
        ("LT", "Lithuania", "112"),
        ("LU", "Luxembourg", "112"),
        ("MT", "Malta", "112"),
        ("PL", "Poland", "112"),
        ("PT", "Portugal", "112"),
        ("RO", "Romania", "112"),
        ("SK", "Slovakia", "112"),
        ("SI", "Slovenia", "112"),
        ("IS", "Iceland", "112"),
        ("CH", "Switzerland", "144 (ambulance) or 112"),
        ("LI", "Liechtenstein", "112"),
        ("UA", "Ukraine", "103 (ambulance) or 112"),
        ("TR", "Türkiye", "112"),
        ("RS", "Serbia", "194 (ambulance) or 192 (police)"),
        ("AL", "Albania", "112"),
        ("ME", "Montenegro", "112"),
        ("MD", "Moldova", "112"),
        ("GE", "Georgia", "112"),
        // The Americas.
        ("AR", "Argentina", "107 (ambulance) or 911"),
        ("CL", "Chile", "131 (ambulance) or 133 (police)"),
        ("CO", "Colombia", "123"),
        // Asia and Oceania.
        ("KR", "South Korea", "119"),
        ("CN", "China", "120 (ambulance) or 110 (police)"),
        ("HK", "Hong Kong", "999"),
        ("TW", "Taiwan", "119"),
        ("SG", "Singapore", "995 (ambulance) or 999 (police)"),
        ("MY", "Malaysia", "999"),
        ("PH", "Philippines", "911"),
        ("ID", "Indonesia", "110 (police) or 112"),
        ("BD", "Bangladesh", "999"),
        // Africa and the Middle East.
        ("NG", "Nigeria", "112"),
        ("KE", "Kenya", "999 or 112"),
        ("EG", "Egypt", "123 (ambulance) or 122 (police)"),
        ("IL", "Israel", "101 (ambulance) or 100 (police)"),
        ("AE", "United Arab Emirates", "998 (ambulance) or 999 (police)"),
        ("SA", "Saudi Arabia", "997 (ambulance) or 911"),
        ("QA", "Qatar", "999"),
    ]
}
