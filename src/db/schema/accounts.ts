import type { Permission } from '../../domain/policies/index.js';
import type { Role } from '../../domain/vocabulary/index.js';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { unit } from './units.js';

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    roles: text('roles').array().$type<Role[]>().notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    phone: text('phone'),
    title: text('title'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('app_user_username_uq').on(sql`lower(${t.username})`),
    index('app_user_unit_idx').on(t.unitId),
    check('app_user_roles_ck', sql`cardinality(${t.roles}) > 0 and ${t.roles} <@ array['registrar','handler','unitHead','leader','supervisor','liaison','analyst','admin','auditor']::text[]`),
    check('app_user_username_ck', sql`${t.username} ~ '^[A-Za-z0-9_.-]{3,40}$'`),
  ],
);

/** A browser session: only the SHA-256 of the cookie value is stored. */
export const session = pgTable(
  'session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('session_token_uq').on(t.tokenHash), index('session_user_idx').on(t.userId)],
);

/** API tokens for integrations: hashed, scoped to a unit and a set of permissions, revocable. */
export const apiToken = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    permissions: text('permissions').array().$type<Permission[]>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    lastUsedIp: text('last_used_ip'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_token_hash_uq').on(t.tokenHash),
    index('api_token_unit_idx').on(t.unitId),
    check('api_token_perm_ck', sql`cardinality(${t.permissions}) > 0`),
  ],
);
