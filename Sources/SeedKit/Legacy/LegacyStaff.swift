/// The legacy `users` and `restaurant_staff`: the platform owner's own account (`SUPERADMIN`),
/// then every restaurant's staff from the scenario's roster.
///
/// Roles: the restaurant's senior member (its first owner, else its first manager) is `ADMIN`
/// and joined the restaurant first, when its account was created; other owners and managers are
/// `MANAGER`, everyone else `STAFF`, joining ten minutes apart in roster order. A restaurant in
/// `first_staff_not_admin` has its senior member as `MANAGER` and so no admin at all.
struct LegacyStaff {
    let context: GenerationContext
    let restaurants: [LegacyRestaurant]

    /// The platform owner's user id: 1.
    static let platformOwnerID = 1

    func users() -> [LegacyRow] {
        let owner = context.scenario.platform.owner
        var rows = [LegacyRow(.users, [
            "id": .int(Self.platformOwnerID), "email": .text(owner.email), "name": .text("\(owner.firstName) \(owner.lastName)"),
            "password": .text(context.passwordHash), "role": .text("SUPERADMIN"), "phone": .optionalText(owner.phone),
            "is_active": .boolean(true),
            "created_at": .timestamp(context.platformCreatedAt), "updated_at": .timestamp(context.platformCreatedAt),
        ])]
        forEachMember { restaurant, member, userID, _ in
            rows.append(LegacyRow(.users, [
                "id": .int(userID), "email": .text(member.email), "name": .text("\(member.firstName) \(member.lastName)"),
                "password": .text(context.passwordHash(for: restaurant.tenant.restaurant)),
                "role": .text(role(of: member, in: restaurant)), "phone": .optionalText(member.phone),
                "is_active": .boolean(true), "created_at": .timestamp(member.createdAt), "updated_at": .timestamp(member.createdAt),
            ]))
        }
        return rows.sorted { $0.values[0].integerValue < $1.values[0].integerValue }
    }

    func restaurantStaff() -> [LegacyRow] {
        var rows: [LegacyRow] = []
        forEachMember { restaurant, member, userID, order in
            rows.append(LegacyRow(.restaurantStaff, [
                "id": .int(rows.count + 1), "restaurant_id": .int(restaurant.id), "user_id": .int(userID),
                "position": .optionalText(member.jobTitle),
                "created_at": .timestamp(restaurant.tenant.createdAt.adding(seconds: Int64(order) * 600)),
            ]))
        }
        return rows
    }

    /// Every member of every restaurant, the senior member first; with the user id (numbered in
    /// roster order after the platform owner) and the order they joined the restaurant in.
    private func forEachMember(_ body: (LegacyRestaurant, StaffRecord, Int, Int) -> Void) {
        var nextUserID = Self.platformOwnerID + 1
        for restaurant in restaurants {
            let staff = restaurant.tenant.staff
            let firstID = nextUserID
            nextUserID += staff.count
            let senior = restaurant.tenant.seniorStaff
            let ordered = staff.indices.sorted { a, b in
                let aSenior = staff[a].userID == senior?.userID, bSenior = staff[b].userID == senior?.userID
                return aSenior != bSenior ? aSenior : a < b
            }
            for (order, index) in ordered.enumerated() {
                body(restaurant, staff[index], firstID + index, order)
            }
        }
    }

    private func role(of member: StaffRecord, in restaurant: LegacyRestaurant) -> String {
        if member.userID == restaurant.tenant.seniorStaff?.userID { return restaurant.hasAdmin ? "ADMIN" : "MANAGER" }
        switch member.role {
        case .restaurantOwner, .manager: return "MANAGER"
        case .cashier, .server, .cook: return "STAFF"
        }
    }
}

extension SQLValue {
    /// The integer, for ordering rows by id (0 for anything else).
    var integerValue: Int64 {
        if case .integer(let value) = self { return value }
        return 0
    }
}
