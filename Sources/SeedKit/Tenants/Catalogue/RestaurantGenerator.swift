/// A tenant's account rows: `restaurants` and `restaurant_subscriptions`.
struct RestaurantGenerator {
    let context: GenerationContext

    /// The restaurant's row, with the roll-ups of its history.
    func restaurant(_ tenant: Tenant, history: TenantState, emit: RowEmitter) throws {
        let profile = tenant.restaurant
        try emit(Row(.restaurants, columns: [
            "id": .int(tenant.id), "platform_id": .int(tenant.ids.platformID), "name": .text(profile.name), "slug": .text(profile.slug),
            "business_type": .text(profile.businessType), "address": .optionalText(profile.address),
            "phone": .optionalText(profile.phone), "email": .optionalText(profile.email),
            "tax_number": .optionalText(profile.taxNumber), "logo_url": .optionalText(profile.logoURL),
            "created_at": .timestamp(tenant.createdAt), "updated_at": .timestamp(tenant.createdAt),
            "is_active": .boolean(true), "subscription_tier": .text(tenant.plan.name),
            "monthly_revenue": .money(history.monthlyRevenue),
            "last_activity": .timestamp(history.lastOrderAt ?? tenant.createdAt),
        ]))
    }

    func subscription(_ tenant: Tenant, emit: RowEmitter) throws {
        try emit(Row(.restaurantSubscriptions, columns: [
            "id": .int(tenant.id(.restaurantSubscriptions, 0)), "restaurant_id": .int(tenant.id),
            "plan_id": .int(tenant.planID), "start_date": .date(tenant.openedOn), "end_date": .null,
            "status": .text("active"), "commission_rate": .rate(tenant.plan.commissionRate),
            "monthly_fee": .money(tenant.plan.monthlyFee),
            "created_at": .timestamp(tenant.createdAt), "updated_at": .timestamp(tenant.createdAt),
        ]))
    }
}
