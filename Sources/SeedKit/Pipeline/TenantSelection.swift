/// Which of a scenario's restaurants a run generates.
public enum TenantSelection: Sendable, Equatable {
    /// Every restaurant, and the platform's rows.
    case all
    /// Only the restaurants with these slugs (in scenario order), and the platform's rows.
    case restaurants([String])
    /// The `index`-th (from 1) of `count` consecutive runs of restaurants; the first part also
    /// holds the platform's rows.
    case shard(index: Int, count: Int)

    /// The positions of the selected restaurants in the scenario, ascending.
    func positions(in scenario: Scenario) throws(TenantSelectionError) -> [Int] {
        switch self {
        case .all:
            return Array(scenario.restaurants.indices)
        case .restaurants(let slugs):
            let known = scenario.restaurants.slugs
            for slug in slugs where !known.contains(slug) {
                throw .unknownRestaurant(slug, suggestion: Suggestion.closest(to: slug, in: known))
            }
            return known.indices.filter { slugs.contains(known[$0]) }
        case .shard(let index, let count):
            guard count >= 1, (1...count).contains(index) else { throw .invalidShard(index: index, count: count) }
            return Array(Self.shardRange(index, of: count, restaurants: scenario.restaurants.count))
        }
    }

    /// The restaurant `slug` names in `scenario`, or the refusal suggesting the closest slug.
    static func restaurant(_ slug: String, in scenario: Scenario) throws(TenantSelectionError) -> Scenario.Restaurant {
        guard let position = scenario.restaurants.position(of: slug) else {
            throw .unknownRestaurant(slug, suggestion: Suggestion.closest(to: slug, in: scenario.restaurants.slugs))
        }
        return scenario.restaurants[position]
    }

    /// Whether the platform's own rows (settings, plans, owner, the platform row) are written.
    var includesPlatform: Bool {
        if case .shard(let index, _) = self { return index == 1 }
        return true
    }

    /// Part `index` of `count` of `restaurants` restaurants: consecutive, sizes differing by at most one.
    static func shardRange(_ index: Int, of count: Int, restaurants: Int) -> Range<Int> {
        (restaurants * (index - 1) / count)..<(restaurants * index / count)
    }
}

/// A selection names restaurants the scenario does not have, or an impossible part.
public enum TenantSelectionError: Error, Equatable, CustomStringConvertible {
    case unknownRestaurant(String, suggestion: String?)
    case invalidShard(index: Int, count: Int)

    public var description: String {
        switch self {
        case .unknownRestaurant(let slug, let suggestion):
            "the scenario has no restaurant with slug \"\(slug)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .invalidShard(let index, let count):
            "part \(index) of \(count) does not exist: parts are numbered from 1 to the number of parts"
        }
    }
}
