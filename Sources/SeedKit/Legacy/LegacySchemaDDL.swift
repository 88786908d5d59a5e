// The database the production migration plan starts from (../shared/seeds/production-migration-plan.md),
// in PostgreSQL, its only dialect: the legacy application's tables as the plan's four scripts read
// them, then what its Phase 2 schema migration adds before they run. Where the plan names a table
// or column (in its SQL or its "Current State Analysis"), it is here as named; types, keys and the
// columns no script reads are SeedKit's choice. Docs/migration-rehearsal.md lists every column and
// where it comes from.

let legacySchemaDDL = #"""
-- The legacy application's tables.
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    password VARCHAR(255) NOT NULL, -- bcrypt
    role VARCHAR(50) NOT NULL DEFAULT 'STAFF', -- SUPERADMIN, ADMIN, MANAGER, STAFF
    phone VARCHAR(50),
    is_active BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE restaurants (
    id SERIAL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    slug VARCHAR(100) NOT NULL UNIQUE,
    phone VARCHAR(50),
    email VARCHAR(255),
    address TEXT,
    city VARCHAR(100),
    state VARCHAR(100),
    "zipCode" VARCHAR(20),
    is_active BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE restaurant_staff (
    id SERIAL PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    position VARCHAR(100),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (restaurant_id, user_id)
);

CREATE TABLE customers (
    id SERIAL PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    email VARCHAR(255),
    name VARCHAR(255) NOT NULL,
    phone VARCHAR(50),
    password VARCHAR(255), -- bcrypt
    preferences JSONB NOT NULL DEFAULT '{}',
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE reservations (
    id SERIAL PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    date DATE NOT NULL,
    time TIME NOT NULL,
    party_size INTEGER NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'CONFIRMED', -- CONFIRMED, COMPLETED
    total_amount DECIMAL(10,2),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX reservations_customer_id_idx ON reservations (customer_id);

CREATE TABLE menus (
    id SERIAL PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    name VARCHAR(255) NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE recipes (
    id SERIAL PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    menu_id INTEGER REFERENCES menus(id),
    name VARCHAR(255) NOT NULL,
    description TEXT,
    price DECIMAL(10,2) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE ingredients (
    id SERIAL PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    name VARCHAR(255) NOT NULL,
    unit VARCHAR(50) NOT NULL,
    cost_per_unit DECIMAL(10,2),
    supplier VARCHAR(255),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- What the plan's schema migration (Phase 2, 20250526210850_add_platform_architecture) adds:
-- new tables, and new restaurants columns with their defaults.
ALTER TABLE restaurants
    ADD COLUMN onboarding_status VARCHAR(50) NOT NULL DEFAULT 'PENDING',
    ADD COLUMN owner_name VARCHAR(255),
    ADD COLUMN owner_email VARCHAR(255),
    ADD COLUMN business_phone VARCHAR(50),
    ADD COLUMN business_address TEXT,
    ADD COLUMN verified_at TIMESTAMP;

CREATE TABLE platform_admins (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    password VARCHAR(255) NOT NULL,
    role VARCHAR(50) NOT NULL DEFAULT 'ADMIN', -- SUPER_ADMIN, ADMIN
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE subscriptions (
    id SERIAL PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    plan VARCHAR(50) NOT NULL, -- STARTER, PROFESSIONAL, ENTERPRISE
    status VARCHAR(50) NOT NULL, -- TRIAL, ACTIVE, PAST_DUE, CANCELLED
    current_period_start TIMESTAMP NOT NULL,
    current_period_end TIMESTAMP NOT NULL,
    trial_ends_at TIMESTAMP,
    seats INTEGER NOT NULL DEFAULT 1,
    billing_email VARCHAR(255),
    billing_name VARCHAR(255),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE diners (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    name VARCHAR(255),
    phone VARCHAR(50),
    password VARCHAR(255),
    is_verified BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE diner_restaurant_profiles (
    id SERIAL PRIMARY KEY,
    diner_id INTEGER NOT NULL REFERENCES diners(id),
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
    visit_count INTEGER NOT NULL DEFAULT 0,
    last_visit_date DATE,
    total_spent DECIMAL(10,2) NOT NULL DEFAULT 0,
    preferences JSONB,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (diner_id, restaurant_id)
);
"""#

/// The tables `legacySchemaDDL` creates, dropped (in reverse) by `--replace`.
let legacySchemaTables = LegacyTable.allCases.map(\.rawValue)
    + ["platform_admins", "subscriptions", "diners", "diner_restaurant_profiles"]
