/// Rows of the platform itself: `platforms`, `platform_settings`, `subscription_plans`, and the
/// platform owner's user account and permissions.
struct PlatformGenerator {
    let context: GenerationContext
    var platformID: Int { context.platformIDs.platformID }
    var platform: Scenario.Platform { context.scenario.platform }

    /// The platform's row, with the roll-ups of the `restaurants` written: how many, and their
    /// monthly revenue added up.
    func platforms(restaurants: Int, monthlyRevenue: Money, emit: RowEmitter) throws {
        let created = context.platformCreatedAt
        try emit(Row(.platforms, columns: [
            "id": .int(platformID), "name": .text(platform.name), "slug": .text(platform.slug),
            "owner_email": .text(platform.owner.email),
            "created_at": .timestamp(created), "updated_at": .timestamp(created),
            "is_active": .boolean(true),
            "total_restaurants": .int(restaurants),
            "monthly_revenue": .money(monthlyRevenue),
        ]))
    }

    func settings(emit: RowEmitter) throws {
        for (index, setting) in platform.settings.enumerated() {
            try emit(Row(.platformSettings, columns: [
                "id": .int(context.platformIDs.id(.platformSettings, index)), "platform_id": .int(platformID),
                "setting_key": .text(setting.key), "setting_value": .text(setting.value),
                "setting_type": .text(setting.type),
                "created_at": .timestamp(context.platformCreatedAt), "updated_at": .timestamp(context.platformCreatedAt),
            ]))
        }
    }

    func plans(emit: RowEmitter) throws {
        for (index, plan) in platform.plans.enumerated() {
            try emit(Row(.subscriptionPlans, columns: [
                "id": .int(context.platformIDs.id(.subscriptionPlans, index)), "platform_id": .int(platformID), "name": .text(plan.name),
                "commission_rate": .rate(plan.commissionRate), "service_fee_rate": .rate(plan.serviceFeeRate),
                "monthly_fee": .money(plan.monthlyFee), "max_restaurants": .id(plan.maxRestaurants),
                "features": .json(plan.features.rendered), "is_active": .boolean(true),
                "created_at": .timestamp(context.platformCreatedAt),
            ]))
        }
    }

    func ownerUser(emit: RowEmitter) throws {
        let owner = platform.owner
        let created = context.platformCreatedAt
        var draws = context.root.derive("platform", "owner")
        let lastLogin = HistoryEnd(context.scenario).before(Timestamp(
            day: context.scenario.asOf.adding(days: -draws.int(in: 0...2)),
            time: TimeOfDay(secondsSinceMidnight: draws.int(in: 8 * 3600...20 * 3600))))
        try emit(Row(.users, columns: [
            "id": .int(context.platformOwnerUserID), "restaurant_id": .null, "platform_id": .int(platformID),
            "email": .text(owner.email), "password_hash": .text(context.passwordHash),
            "first_name": .text(owner.firstName), "last_name": .text(owner.lastName),
            "phone": .optionalText(owner.phone), "role": .text("platform_owner"), "is_active": .boolean(true),
            "last_login": .timestamp(lastLogin), "created_at": .timestamp(created), "updated_at": .timestamp(created),
        ]))
    }

    func ownerPermissions(emit: RowEmitter) throws {
        for (index, permission) in Permissions.platformOwner.enumerated() {
            try emit(Row(.userPermissions, columns: [
                "id": .int(context.platformIDs.id(.userPermissions, index)),
                "user_id": .int(context.platformOwnerUserID), "permission": .text(permission),
                "granted_at": .timestamp(context.platformCreatedAt), "granted_by": .null,
            ]))
        }
    }
}
