/// A UK city a fleet can place restaurants in: real street names and postcode districts, and
/// the Ofcom drama range of its dialling code (``ContactRules/dramaRanges``), so an address
/// reads true and the number calls nobody.
struct FleetCity: Sendable {
    let name: String
    /// The drama range's national prefix, e.g. `01134960` for Leeds' 0113 496 0xxx.
    let dramaPrefix: String
    let districts: [String]
    let streets: [String]

    /// A drama number of the city: 1,000 numbers, drawn by the caller.
    func phone(_ number: Int) -> String {
        precondition((0...999).contains(number), "a drama range has 1000 numbers")
        return ContactRules.normalisedDramaPhone(dramaPrefix + pad(number, 3))!
    }

    static let all: [FleetCity] = [
        FleetCity(name: "London", dramaPrefix: "02079460", districts: ["SE1", "N1", "E8", "SW4", "W11", "NW1", "EC1V", "SE15", "N16", "W6"],
                  streets: ["High Street", "Upper Street", "Mare Street", "Clapham High Street", "Portobello Road", "Camden High Street",
                            "Exmouth Market", "Rye Lane", "Stoke Newington Church Street", "King Street", "Borough High Street", "Brick Lane"]),
        FleetCity(name: "Manchester", dramaPrefix: "01614960", districts: ["M1", "M2", "M4", "M14", "M20", "M21"],
                  streets: ["Deansgate", "Oldham Street", "Thomas Street", "Wilmslow Road", "Burton Road", "Beech Road", "Tib Street", "King Street"]),
        FleetCity(name: "Birmingham", dramaPrefix: "01214960", districts: ["B1", "B3", "B5", "B12", "B13", "B17"],
                  streets: ["Broad Street", "Colmore Row", "Ladypool Road", "Stratford Road", "Harborne High Street", "Digbeth High Street", "Moseley Road"]),
        FleetCity(name: "Leeds", dramaPrefix: "01134960", districts: ["LS1", "LS2", "LS6", "LS7", "LS8"],
                  streets: ["Briggate", "Call Lane", "Otley Road", "Kirkstall Road", "Street Lane", "Boar Lane", "North Street"]),
        FleetCity(name: "Glasgow", dramaPrefix: "01414960", districts: ["G1", "G2", "G3", "G11", "G12", "G41"],
                  streets: ["Buchanan Street", "Sauchiehall Street", "Byres Road", "Argyle Street", "Great Western Road", "Pollokshaws Road", "Dumbarton Road"]),
        FleetCity(name: "Bristol", dramaPrefix: "01174960", districts: ["BS1", "BS2", "BS3", "BS6", "BS8"],
                  streets: ["Park Street", "Gloucester Road", "North Street", "Whiteladies Road", "Stokes Croft", "Corn Street", "Cheltenham Road"]),
        FleetCity(name: "Sheffield", dramaPrefix: "01144960", districts: ["S1", "S2", "S7", "S10", "S11"],
                  streets: ["Division Street", "Ecclesall Road", "Abbeydale Road", "London Road", "Sharrow Vale Road", "West Street"]),
        FleetCity(name: "Nottingham", dramaPrefix: "01154960", districts: ["NG1", "NG2", "NG5", "NG7"],
                  streets: ["Hockley", "Goose Gate", "Mansfield Road", "Alfreton Road", "Carrington Street", "Derby Road"]),
        FleetCity(name: "Leicester", dramaPrefix: "01164960", districts: ["LE1", "LE2", "LE3", "LE4"],
                  streets: ["Belgrave Road", "Granby Street", "Queens Road", "Narborough Road", "London Road", "Market Street"]),
        FleetCity(name: "Reading", dramaPrefix: "01184960", districts: ["RG1", "RG2", "RG4", "RG30"],
                  streets: ["Broad Street", "Friar Street", "Oxford Road", "Market Place", "London Street", "Prospect Street"]),
        FleetCity(name: "Edinburgh", dramaPrefix: "01314960", districts: ["EH1", "EH2", "EH3", "EH6", "EH8"],
                  streets: ["Rose Street", "Broughton Street", "Leith Walk", "Grassmarket", "Nicolson Street", "Shore", "Morningside Road"]),
        FleetCity(name: "Liverpool", dramaPrefix: "01514960", districts: ["L1", "L2", "L8", "L15", "L17"],
                  streets: ["Bold Street", "Lark Lane", "Allerton Road", "Hope Street", "Castle Street", "Smithdown Road"]),
        FleetCity(name: "Newcastle", dramaPrefix: "01914980", districts: ["NE1", "NE2", "NE6"],
                  streets: ["Grey Street", "Osborne Road", "Shields Road", "Pilgrim Street", "Chillingham Road", "Clayton Street"]),
        FleetCity(name: "Belfast", dramaPrefix: "02896496", districts: ["BT1", "BT2", "BT7", "BT9"],
                  streets: ["Botanic Avenue", "Lisburn Road", "Ormeau Road", "Donegall Street", "Ann Street", "Lower Garfield Street"]),
        FleetCity(name: "Cardiff", dramaPrefix: "02920180", districts: ["CF10", "CF11", "CF24", "CF5"],
                  streets: ["St Mary Street", "City Road", "Cowbridge Road East", "Albany Road", "Wellfield Road", "Caroline Street"]),
    ]

    static func named(_ name: String) -> FleetCity? { all.first { $0.name == name } }
}
