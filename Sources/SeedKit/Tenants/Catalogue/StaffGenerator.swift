/// A tenant's people: `users`, `user_permissions` and `employees`.
struct StaffGenerator {
    let context: GenerationContext

    func users(_ tenant: Tenant, emit: RowEmitter) throws {
        for member in tenant.staff {
            try emit(Row(.users, columns: [
                "id": .int(member.userID), "restaurant_id": .int(tenant.id), "platform_id": .int(tenant.ids.platformID),
                "email": .text(member.email), "password_hash": .text(context.passwordHash(for: tenant.restaurant)),
                "first_name": .text(member.firstName), "last_name": .text(member.lastName),
                "phone": .optionalText(member.phone), "role": .text(member.role.rawValue), "is_active": .boolean(true),
                "last_login": .timestamp(member.lastLogin),
                "created_at": .timestamp(member.createdAt), "updated_at": .timestamp(member.createdAt),
            ]))
        }
    }

    /// Each member gets their role's permissions, granted by the restaurant's senior member
    /// (or, for that member, by the platform owner) when their account was created.
    func permissions(_ tenant: Tenant, emit: RowEmitter) throws {
        let senior = tenant.seniorStaff
        var index = 0
        for member in tenant.staff {
            let grantor = member.userID == senior?.userID ? context.platformOwnerUserID : senior?.userID ?? context.platformOwnerUserID
            for permission in Permissions.granted(to: member.role) {
                try emit(Row(.userPermissions, columns: [
                    "id": .int(tenant.id(.userPermissions, index)), "user_id": .int(member.userID),
                    "permission": .text(permission), "granted_at": .timestamp(member.createdAt),
                    "granted_by": .int(grantor),
                ]))
                index += 1
            }
        }
    }

    func employees(_ tenant: Tenant, emit: RowEmitter) throws {
        for member in tenant.staff {
            try emit(Row(.employees, columns: [
                "id": .int(member.employeeID), "restaurant_id": .int(tenant.id), "user_id": .int(member.userID),
                "employee_number": .text(member.employeeNumber), "hire_date": .date(member.hireDate),
                "termination_date": .null, "job_title": .optionalText(member.jobTitle),
                "department": .optionalText(member.department),
                "hourly_rate": member.hourlyRate.map(SQLValue.money) ?? .null,
                "salary": member.salary.map(SQLValue.money) ?? .null,
                "employment_type": .text(member.employmentType.rawValue),
                "emergency_contact_name": .text(member.emergencyContactName),
                "emergency_contact_phone": .text(member.emergencyContactPhone),
                "is_active": .boolean(true),
                "created_at": .timestamp(member.createdAt), "updated_at": .timestamp(member.createdAt),
            ]))
        }
    }
}
