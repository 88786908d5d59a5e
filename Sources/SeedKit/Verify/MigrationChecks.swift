/// The checks of `seedkit verify --migration`, in the order they are reported: the plan's Phase 5
/// list ("all restaurants have owners … subscriptions … customers migrated to diners … platform
/// admin exists … integrity checks") and its success criteria ("all existing users can log in",
/// "no data loss"), as Docs/migration-rehearsal.md states them. `platform_admin_login` is not
/// here: it checks bcrypt, in Swift (``MigrationVerifier``).
public enum MigrationChecks {
    static let platformAdmin = MigrationCheck(
        "platform_admin", "the platform admin exists: a platform_admins row with the scenario's admin email, role SUPER_ADMIN",
        query: """
            SELECT 0 AS ord, r.platform_admin_email AS key, 'no platform_admins row has this email' AS detail
            FROM seedkit.legacy_rehearsal AS r
            WHERE NOT EXISTS (SELECT 1 FROM platform_admins AS a WHERE a.email = r.platform_admin_email)
            UNION ALL
            SELECT a.id, a.email, 'role ' || a.role || ', not SUPER_ADMIN'
            FROM platform_admins AS a JOIN seedkit.legacy_rehearsal AS r ON a.email = r.platform_admin_email
            WHERE a.role <> 'SUPER_ADMIN'
            """)

    static let restaurantOwner = MigrationCheck(
        "restaurant_owner", "every active restaurant has an owner: owner_name and owner_email of an ADMIN on its staff",
        query: """
            SELECT r.id AS ord, 'restaurant ' || r.id || ' ' || r.slug AS key,
                   CASE WHEN r.owner_email IS NULL THEN 'owner_email and owner_name NULL: its staff has no ADMIN or SUPERADMIN'
                        ELSE 'owner ' || r.owner_email || ' is not an ADMIN on its staff' END AS detail
            FROM restaurants AS r
            WHERE r.is_active AND (r.owner_email IS NULL OR r.owner_name IS NULL OR NOT EXISTS (
                SELECT 1 FROM restaurant_staff AS s JOIN users AS u ON u.id = s.user_id
                WHERE s.restaurant_id = r.id AND u.email = r.owner_email AND u.role = 'ADMIN'))
            """)

    static let restaurantSubscription = MigrationCheck(
        "restaurant_subscription", "every active restaurant has exactly one subscription",
        query: """
            SELECT r.id AS ord, 'restaurant ' || r.id || ' ' || r.slug AS key, COUNT(s.id) || ' subscription(s)' AS detail
            FROM restaurants AS r LEFT JOIN subscriptions AS s ON s.restaurant_id = r.id
            WHERE r.is_active GROUP BY r.id, r.slug HAVING COUNT(s.id) <> 1
            """)

    static let subscriptionBilling = MigrationCheck(
        "subscription_billing", "every subscription has a billing email and a billing name",
        query: """
            SELECT s.id AS ord, 'subscription ' || s.id || ' of ' || r.slug AS key,
                   concat_ws(' and ', CASE WHEN s.billing_email IS NULL THEN 'billing_email NULL' END,
                             CASE WHEN s.billing_name IS NULL THEN 'billing_name NULL' END) AS detail
            FROM subscriptions AS s JOIN restaurants AS r ON r.id = s.restaurant_id
            WHERE s.billing_email IS NULL OR s.billing_name IS NULL
            """)

    static let onboardingStatus = MigrationCheck(
        "onboarding_status", "a restaurant is onboarding ACTIVE exactly when it is active and has a subscription",
        query: """
            SELECT r.id AS ord, 'restaurant ' || r.id || ' ' || r.slug AS key,
                   'onboarding_status ' || r.onboarding_status || ', is_active ' || r.is_active || ', '
                   || (SELECT COUNT(*) FROM subscriptions AS s WHERE s.restaurant_id = r.id) || ' subscription(s)' AS detail
            FROM restaurants AS r
            WHERE (r.onboarding_status = 'ACTIVE') <> (r.is_active AND EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.restaurant_id = r.id))
            """)

    static let businessAddress = MigrationCheck(
        "business_address", "every business_address the scripts wrote has no empty part (no \", ,\", doubled or trailing spaces)",
        query: """
            SELECT r.id AS ord, 'restaurant ' || r.id || ' ' || r.slug AS key,
                   'business_address ''' || r.business_address || ''' from address '
                   || coalesce('''' || r.address || '''', 'NULL') || ', city ' || coalesce('''' || r.city || '''', 'NULL')
                   || ', state ' || coalesce('''' || r.state || '''', 'NULL')
                   || ', zipCode ' || coalesce('''' || r."zipCode" || '''', 'NULL') AS detail
            FROM restaurants AS r
            WHERE r.business_address ~ '(^|,)\\s*(,|$)' OR r.business_address ~ '\\s\\s' OR r.business_address ~ '(^\\s|\\s$)'
            """)

    static let customerDiner = MigrationCheck(
        "customer_diner", "every customer with an email is exactly one diner",
        query: """
            SELECT c.id AS ord, 'customer ' || c.id || ' ' || c.email AS key,
                   (SELECT COUNT(*) FROM diners AS d WHERE d.email = c.email) || ' diner(s) with this email' AS detail
            FROM customers AS c
            WHERE c.email IS NOT NULL AND (SELECT COUNT(*) FROM diners AS d WHERE d.email = c.email) <> 1
            """)

    static let customerMigrated = MigrationCheck(
        "customer_migrated", "no customer is lost: every customer has a diner profile at its restaurant",
        query: """
            SELECT c.id AS ord, 'customer ' || c.id || ' ' || coalesce(c.email, c.name || ' (no email)') || ' of ' || r.slug AS key,
                   'no diner profile: its ' || COUNT(v.id) || ' reservation(s), ' || coalesce(SUM(v.total_amount), 0)
                   || ' spent, are not migrated' AS detail
            FROM customers AS c JOIN restaurants AS r ON r.id = c.restaurant_id
            LEFT JOIN reservations AS v ON v.customer_id = c.id
            WHERE NOT EXISTS (SELECT 1 FROM diners AS d JOIN diner_restaurant_profiles AS p ON p.diner_id = d.id
                              WHERE d.email = c.email AND p.restaurant_id = c.restaurant_id)
            GROUP BY c.id, c.email, c.name, r.slug
            """)

    /// The visits of each diner at each restaurant: its customers' reservations there.
    static let visits = """
        SELECT d.id AS diner_id, v.restaurant_id, COUNT(*) AS visits, MAX(v.date) AS last_visit,
               COALESCE(SUM(v.total_amount), 0) AS spent, COUNT(*) - COUNT(v.total_amount) AS without_total
        FROM diners AS d JOIN customers AS c ON c.email = d.email JOIN reservations AS v ON v.customer_id = c.id
        GROUP BY d.id, v.restaurant_id
        """

    static let profilePerRestaurant = MigrationCheck(
        "profile_per_restaurant", "every diner has exactly one profile at each restaurant its reservations were at",
        query: """
            SELECT e.diner_id * 100000 + e.restaurant_id AS ord, d.email || ' at ' || r.slug AS key,
                   COUNT(p.id) || ' profile(s) for ' || e.visits || ' reservation(s) there' AS detail
            FROM (\(visits)) AS e JOIN diners AS d ON d.id = e.diner_id JOIN restaurants AS r ON r.id = e.restaurant_id
            LEFT JOIN diner_restaurant_profiles AS p ON p.diner_id = e.diner_id AND p.restaurant_id = e.restaurant_id
            GROUP BY e.diner_id, e.restaurant_id, e.visits, d.email, r.slug HAVING COUNT(p.id) <> 1
            """)

    static let profileAggregates = MigrationCheck(
        "profile_aggregates",
        "each profile's visit_count, last_visit_date and total_spent are its diner's reservations at that restaurant: "
            + "their count, latest date and total",
        query: """
            SELECT p.id AS ord, 'profile ' || p.id || ' (' || d.email || ' at ' || r.slug || ')' AS key,
                   concat_ws('; ',
                       CASE WHEN p.visit_count <> COALESCE(e.visits, 0)
                            THEN 'visit_count ' || p.visit_count || ', expected ' || COALESCE(e.visits, 0) END,
                       CASE WHEN p.last_visit_date IS DISTINCT FROM e.last_visit
                            THEN 'last_visit_date ' || COALESCE(p.last_visit_date::text, 'NULL') || ', expected '
                                 || COALESCE(e.last_visit::text, 'NULL') END,
                       CASE WHEN p.total_spent <> COALESCE(e.spent, 0)
                            THEN 'total_spent ' || p.total_spent || ', expected ' || COALESCE(e.spent, 0) END) AS detail
            FROM diner_restaurant_profiles AS p JOIN diners AS d ON d.id = p.diner_id JOIN restaurants AS r ON r.id = p.restaurant_id
            LEFT JOIN (\(visits)) AS e ON e.diner_id = p.diner_id AND e.restaurant_id = p.restaurant_id
            WHERE p.visit_count <> COALESCE(e.visits, 0) OR p.last_visit_date IS DISTINCT FROM e.last_visit
               OR p.total_spent <> COALESCE(e.spent, 0)
            """)

    static let profileTotalKnown = MigrationCheck(
        "profile_total_known", "no profile's total_spent counts a reservation without a total as 0.00",
        query: """
            SELECT p.id AS ord, 'profile ' || p.id || ' (' || d.email || ' at ' || r.slug || ')' AS key,
                   'total_spent ' || p.total_spent || ' counts ' || e.without_total || ' of its ' || e.visits
                   || ' reservation(s) there as 0.00: their total_amount is NULL' AS detail
            FROM diner_restaurant_profiles AS p JOIN diners AS d ON d.id = p.diner_id JOIN restaurants AS r ON r.id = p.restaurant_id
            JOIN (\(visits)) AS e ON e.diner_id = p.diner_id AND e.restaurant_id = p.restaurant_id
            WHERE e.without_total > 0
            """)

    static let sourceCounts = MigrationCheck(
        "source_counts", "no source row lost or added: every legacy table has the rows it had when generated",
        query: """
            SELECT 0 AS ord, s.table_name AS key, 'had ' || s.row_count || ' rows, has ' || n.rows AS detail
            FROM seedkit.legacy_source_counts AS s JOIN (
            \(LegacyTable.allCases.map { "SELECT '\($0.rawValue)' AS name, COUNT(*) AS rows FROM \($0.rawValue)" }
                .joined(separator: "\nUNION ALL "))
            ) AS n ON n.name = s.table_name
            WHERE n.rows <> s.row_count
            """)

    /// Every SQL check, in report order (``MigrationVerifier`` adds `platform_admin_login` after the first).
    public static let all: [MigrationCheck] = [
        platformAdmin, restaurantOwner, restaurantSubscription, subscriptionBilling, onboardingStatus, businessAddress,
        customerDiner, customerMigrated, profilePerRestaurant, profileAggregates, profileTotalKnown, sourceCounts,
    ]
}
