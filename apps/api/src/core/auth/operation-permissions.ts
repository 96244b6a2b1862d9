import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PERMISSION_KEY } from './permissions.decorator.js';
import type { Permission } from './permissions.decorator.js';

// Set by @Query/@Mutation/@Subscription on each resolver method.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface OperationPermission {
  operation: string;
  permission: Permission | undefined;
}

/** Lists every root GraphQL operation with the permission it declares, to check at start-up and snapshot in tests. */
@Injectable()
export class OperationPermissions {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  list(): OperationPermission[] {
    const found: OperationPermission[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as () => unknown;
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (!type || !ROOT_TYPES.has(type)) continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
        const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [
          handler,
          prototype.constructor as () => unknown,
        ]);
        found.push({ operation: `${type}.${name}`, permission });
      }
    }
    return found.sort((a, b) => a.operation.localeCompare(b.operation));
  }

  /** `Mutation.createUser: ADMIN` style lines, one per operation. */
  describe(): string[] {
    return this.list().map(({ operation, permission }) => {
      const who = !permission
        ? 'UNDECLARED'
        : permission.kind === 'roles'
          ? permission.roles.join(', ')
          : permission.kind.toUpperCase();
      return `${operation}: ${who}`;
    });
  }
}
