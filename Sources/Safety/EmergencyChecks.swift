/// Where each region's emergency number in `RegionCatalog` was checked (2026-12-01, stored copies of public pages).
///
/// `verified` only where an official page (government, regulator or emergency service) showed every number in
/// the entry; otherwise `unverified` with what secondary pages say. Every region in `RegionCatalog` has a record;
/// one missing here would read `.notChecked`.
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
        "IS": verified("https://112.is/en/samtal-vid-1-1-2",
                       "112 Iceland (Neyðarlínan, the national emergency line), no page date: what to say when calling 1-1-2; "
                       + "Civil Protection (almannavarnir.is, 2017) also says to report accidents on 112."),
        "TR": verified("https://sinopism.saglik.gov.tr/TR-226526/acil-durumda-sadece-112.html",
                       "Sinop Provincial Health Directorate (Ministry of Health), 10 November 2021: police, gendarmerie, "
                       + "ambulance, fire, AFAD, forest fire and coast guard calls are merged into the single number 112 in all provinces.",
                       checked: "2021-11-10"),
        "LI": verified("https://www.liechtenstein.li/land-und-leute/staatswesen/polizei/",
                       "liechtenstein.li (the Principality's portal), no page date: police 117, fire 118, "
                       + "international emergency number 112, ambulance 144."),
        "MD": verified("https://mei.gov.md/ro/content/comunicatii-de-urgenta-112",
                       "Ministry of Economy and Infrastructure, no page date: the single European emergency number 112 "
                       + "and the national 112 Service (Law 174/2014) in the Republic of Moldova."),
        "GE": verified("https://112.gov.ge/?page_id=1686&lang=en",
                       "112 Georgia, no page date: 112 is the single emergency number of Georgia (since 2012), answered 24/7."),
        "CO": verified("https://www.policia.gov.co/noticia/policia-nacional-sensibiliza-comunidad-sobre-uso-las-lineas-emergencia-123-155",
                       "Policía Nacional, no page date: 123 is the national single emergency line for every emergency "
                       + "and security service, free, 24 hours a day, every day."),
        "JP": verified("https://www.city.odate.lg.jp/city/handbook/handbook11/page48/page51/p4672",
                       "Odate City, no page date: incidents and accidents on 110 (prefectural police), fire and ambulance on 119; "
                       + "a municipal fire service page (Minamiuonuma, 2024-06-12) also gives 119 for fire and ambulance."),
        "SG": verified("https://www.police.gov.sg/about-us/pledges",
                       "Singapore Police Force, no page date: '999' is the police emergency response; SCDF's page "
                       + "(scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services) gives 995 for fire and ambulance."),
    ]

    private static let secondaryOnly: [String: EmergencyCheck] = [
        "BR": unverified("https://www.saude.gov.br/saude-de-a-z/servico-de-atendimento-movel-de-urgencia-samu-192",
                         "Ministry of Health (2019): SAMU 192 is free, 24 hours, from fixed and mobile phones; a municipal page "
                         + "confirms 190 (police); 193 (fire) only from press (O Povo 2025-12)."),
        "ZA": unverified(nil, "Guide pages agree on 10111 police, 10177 ambulance, 112 from mobiles (still in use in 2026, "
                            + "statuscheck.co.za). A 2024 draft policy (Cabinet, MyBroadband 2024-11) would retire 10111, 10177 "
                            + "and 107 for 112; no official page seen: check again."),
        "SA": unverified(nil, "Changed from 911: the unified 911 covers Riyadh, Makkah and the Eastern Province (Saudi "
                            + "Gazette 2023); the Red Crescent ambulance is 997 elsewhere too (Arab News 2024, Saudi Gazette 2025)."),
        "AL": unverified(nil, "State Police quoted by Top Channel (2022) and Koha Jone (2021): call the emergency number 112."),
        "KR": unverified(nil, "Gyeonggi Fire and Disaster HQ via Joongboo Ilbo: since 2016, 119 for fire, rescue and ambulance, "
                            + "112 for crime, and the two share calls; a government travel guide (KOCIS, on issuu) agrees."),
        "CN": unverified("https://wjw.beijing.gov.cn/Japan/HealthServices/HealthIndication/202212/t20221230_2887831.html",
                         "Beijing Municipal Health Commission (2022-12-30): 120 is the nationwide emergency medical number; "
                         + "110 (police) and 119 (fire) only from guide pages."),
        "ME": unverified(nil, "Ministry of Interior statements reported by MINA and Vijesti (2024-02): 112 works across "
                            + "Montenegro since October 2015; police, fire and ambulance numbers still work too."),
        "RS": unverified(nil, "Changed from 112: the Minister of Interior says Serbia still has separate numbers (192 police, "
                            + "193 fire, 194 ambulance) and 112 is planned (Kurir, naslovi.net, no year shown)."),
        "UA": unverified(nil, "Ministry of Internal Affairs quoted by the press (2024-01, 2024-04): 112 is being rolled out "
                            + "region by region, a 112 call from anywhere is passed to the emergency services, and 101, 102, 103 "
                            + "and 104 keep working."),
        "NG": unverified(nil, "NCC (the regulator) statements in the press: 112 is the toll-free national emergency number, "
                            + "answered by Emergency Communication Centres in 27 state capitals (2023); check coverage again."),
        "KE": unverified(nil, "National Police Service spokesman (The Star, 2022-08-07): to report an emergency call 911, 112 or 999."),
        "IL": unverified(nil, "Press: Magen David Adom answers 101 (Jerusalem Post, i24 2024); Fire and Rescue 102. "
                            + "Police 100 not seen on any stored page."),
        "EG": unverified(nil, "Ministry of Health spokesman (2025-07-08, press): ambulance 123; when it cannot be reached, "
                            + "police 122 reroutes the call."),
        "AE": unverified(nil, "Police 999 (Dubai Police via Khaleej Times 2024-06-21; Abu Dhabi Police 2021); ambulance 998 "
                            + "only from guide pages."),
        "QA": unverified(nil, "Ministry of Interior via The Peninsula (2026-03-01) and Gulf Times (2023): 999 reaches police, "
                            + "Civil Defence, ambulance and coast guard."),
        "PH": unverified(nil, "DILG (press, 2025-09-11): the unified 911 hotline replaces local emergency numbers nationwide, "
                            + "free, 24/7."),
        "MY": unverified(nil, "Ministers' joint statement (press, 2025-11-21): 999 remains the emergency line under NG MERS 999; "
                            + "112 from mobiles is redirected to 999 (The Star, 2015)."),
        "BD": unverified(nil, "Ministry of Home Affairs and Police HQ (press, 2023-2024): National Emergency Service 999, "
                            + "toll-free, 24 hours, for police, fire and ambulance."),
        "ID": unverified("https://djppi.kominfo.go.id/news/layanan-pangilan-darurat-112-sebagai-bentuk-komitmen-djppi-kominfo-untuk-masyarakat",
                         "Changed from 112: Kominfo (2023-10-14) shows 112 opened city by city; 172 regencies or cities plus "
                         + "Jakarta had it in 2025-11 (Home Affairs, Okezone). Police 110 from Kominfo and Home Affairs statements in the press."),
        "AR": unverified("https://emergencias911.mseg.gba.gov.ar/preguntas",
                         "Buenos Aires Province security ministry: 911 for every emergency in the province (stored at http). "
                         + "SAME 107 only from press about the city of Buenos Aires; national coverage of 911 not seen."),
        "CL": unverified(nil, "La Tercera (2022-02, 2025-10): Carabineros 133, Bomberos 132, ambulance 131; "
                            + "a single number is only proposed."),
    ]
}
