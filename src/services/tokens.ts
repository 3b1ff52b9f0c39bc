import { tokensRepository, unitsRepository } from '../db/index.js';
import { invalid, notFound } from '../domain/errors.js';
import { PERMISSION_LABELS, TOKEN_PERMISSIONS, type Permission } from '../domain/policies/index.js';
import { audit } from './audit.js';
import { inScope, type ServiceContext } from './context.js';
import { randomToken, sha256 } from './secrets.js';

export interface TokenInput {
  name: string;
  unitId: string;
  permissions: Permission[];
  expiresAt?: Date | null | undefined;
}

/** Creates an integration token; the secret is returned once and only its hash is kept. */
export function createToken(ctx: ServiceContext, input: TokenInput) {
  return inScope(ctx, async (tx) => {
    const u = await unitsRepository.byId(tx, input.unitId);
    if (!u) throw invalid('所属单位不存在或不在您的管辖范围内', [{ field: 'unitId', message: '所属单位无效' }]);
    const bad = input.permissions.filter((p) => !TOKEN_PERMISSIONS.includes(p));
    if (bad.length) throw invalid(`接口令牌不能授予这些权限：${bad.map((b) => PERMISSION_LABELS[b]).join('、')}`, [{ field: 'permissions', message: '包含不允许的权限' }]);
    if (input.expiresAt && input.expiresAt <= ctx.now()) throw invalid('有效期必须晚于现在', [{ field: 'expiresAt', message: '有效期必须晚于现在' }]);
    const secret = `xft_${randomToken()}`;
    const row = await tokensRepository.insert(tx, {
      name: input.name,
      unitId: input.unitId,
      permissions: input.permissions,
      expiresAt: input.expiresAt ?? null,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, 10),
      createdBy: ctx.actor.id,
    });
    await audit(tx, ctx, {
      action: 'token.create',
      objectType: 'apiToken',
      objectId: row.id,
      objectUnitId: row.unitId,
      detail: { name: row.name, permissions: row.permissions },
    });
    return { token: row, secret };
  });
}

export const listTokens = (ctx: ServiceContext) => inScope(ctx, (tx) => tokensRepository.list(tx));

export function revokeToken(ctx: ServiceContext, id: string) {
  return inScope(ctx, async (tx) => {
    const existing = await tokensRepository.byId(tx, id);
    if (!existing) throw notFound('接口令牌');
    if (existing.revokedAt) throw invalid('该令牌已被吊销');
    const row = (await tokensRepository.revoke(tx, id, ctx.now()))!;
    await audit(tx, ctx, { action: 'token.revoke', objectType: 'apiToken', objectId: id, objectUnitId: row.unitId });
    return row;
  });
}
