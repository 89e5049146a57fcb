/// Where each region's emergency number in `RegionCatalog` was checked (2026-12-01, stored copies of public pages).
///
/// `verified` only where an official page (government, regulator or emergency service) showed every number in
/// the entry; otherwise `unverified` with what was found. Regions missing here have not been checked yet.
/// See docs/helplines.md.
enum EmergencyChecks {
    /// The check for an uppercased region code, or `.notChecked`.
    static func check(for code: String) -> EmergencyCheck {
        byRegion[code] ?? .notChecked
    }

    private static let day = "2026-12-01"
    private static let euPage = "https://www.112.hu/en/112_in_the_EU"
    private static let euNote = "An official 112 service page (Hungary): 112 is free from fixed and mobile phones everywhere in the EU."
    private static let euMembers = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "GR", "HR", "HU",
                                    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]

    private static func verified(_ source: String, _ note: String, checked: String = day) -> EmergencyCheck {
        EmergencyCheck(source: source, checked: checked, status: .verified, note: note)
    }

    private static func unverified(_ source: String?, _ note: String) -> EmergencyCheck {
        EmergencyCheck(source: source, checked: day, status: .unverified, note: note)
    }

    private static let byRegion: [String: EmergencyCheck] = {
        var table = Dictionary(uniqueKeysWithValues: euMembers.map { ($0, verified(euPage, euNote)) })
        table.merge(officialPages) { _, page in page }
        table.merge(secondaryOnly) { _, page in page }
        return table
    }()

    private static let officialPages: [String: EmergencyCheck] = [
        "US": verified("https://www.fcc.gov/consumers/guides/text-911-quick-facts-faqs",
                       "FCC guide: in an emergency, make a voice call to 911 (text-to-911 works only in some areas)."),
        "CA": verified("https://crtc.gc.ca/eng/phone/911/can.htm",
                       "CRTC (the regulator): 9-1-1 services for wireline, VoIP and wireless phones across Canada."),
        "GB": verified("https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers",
                       "GOV.UK: 999 and 112 are the UK's national emergency numbers; 112 can be used in the UK."),
        "IE": verified("https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
                       "HSE: there are two emergency numbers in Ireland, 112 and 999, both free from mobiles and landlines."),
        "AU": verified("https://www.triplezero.gov.au/triple-zero/other-emergency-numbers",
                       "Triple Zero (Australian Government): 000 is the primary number; 112 works from most mobiles."),
        "NZ": verified("https://www.police.govt.nz/contact-us/calling-emergency-111",
                       "NZ Police: for emergencies call 111, free, even from a phone out of credit."),
        "FR": verified("https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero",
                       "A departmental fire and rescue service (SDIS 45): 15 (SAMU, medical), 17, 18 and 112, all free."),
        "NO": verified("https://nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering",
                       "Nkom (the regulator): 110 fire, 112 police, 113 medical emergency."),
        "CH": verified("https://ch.ch/en/road-accident-what-should-i-do",
                       "ch.ch (the Swiss authorities' portal): 112, police 117, fire 118, ambulance 144."),
        "MX": verified("https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado",
                       "gob.mx (Policía Federal): 911 is the single national emergency number."),
        "HK": verified("https://www.police.gov.hk/ppp_en/01_about_us/pp_operation.html",
                       "Hong Kong Police performance pledge for 999 emergency calls, answered 24 hours a day."),
        "IN": verified("https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system",
                       "Vikaspedia (Government of India portal): the Emergency Response Support System, single number 112."),
        "TW": verified("https://fdkc.kcg.gov.tw/en/Content_List.aspx?n=F3C19CC58F804FC4",
                       "Kaohsiung City Fire Bureau: dial 119 anywhere for the nearest fire and emergency medical service."),
    ]

    private static let secondaryOnly: [String: EmergencyCheck] = [
        "JP": unverified(nil, "No stored official page; guide pages agree: 119 fire and ambulance, 110 police."),
        "BR": unverified("https://app.campoflorido.mg.gov.br/carta-de-servicos/c/2/i/14661/acionar-emergencia-policial-190",
                         "A municipal page confirms 190 (police) nationwide; 192 (SAMU) and 193 (fire) only from guide pages."),
        "ZA": unverified(nil, "Guide pages agree on 10111 police, 10177 ambulance, 112 from mobiles. A 2024 government "
                            + "proposal (MyBroadband) would retire 10111 and 10177 for 112: check again."),
        "SG": unverified("https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services",
                         "SCDF confirms 995 for fire and ambulance; 999 (police) not seen on an official page."),
        "SA": unverified(nil, "Changed from 911: the unified 911 covers Riyadh, Makkah and the Eastern Province (Saudi "
                            + "Gazette 2023); the Red Crescent ambulance is 997 elsewhere too (Arab News 2024)."),
        "AL": unverified(nil, "State Police quoted by Top Channel (2022): the single emergency number is 112."),
        "KR": unverified(nil, "A Korean government travel guide (KOCIS, on issuu) and guide pages: 119 fire and ambulance, 112 police."),
        "CN": unverified(nil, "Guide pages agree: 120 ambulance, 110 police, 119 fire."),
    ]
}
