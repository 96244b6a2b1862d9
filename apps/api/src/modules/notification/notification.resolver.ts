import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { NotificationSettingsObject, UpdateNotificationSettingsInput } from './dto/notification-settings.object.js';
import { NotificationObject, toNotificationObject } from './dto/notification.object.js';
import { NotificationService } from './notification.service.js';
import type { NotificationNotice } from './notification.service.js';

@Resolver(() => NotificationObject)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => [NotificationObject], { description: 'Your notifications, newest first (20 unless `first` says).' })
  @Authenticated()
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ): Promise<NotificationObject[]> {
    return (await this.service.list(viewer.id, first ?? 20, unreadOnly ?? false)).map(toNotificationObject);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (these ids; all when null); how many it marked.' })
  @Authenticated()
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(viewer.id, ids);
  }

  @Query(() => NotificationSettingsObject, { description: 'Your notification settings (the email digest).' })
  @Authenticated()
  notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettingsObject> {
    return this.service.settings(viewer.id);
  }

  @Mutation(() => NotificationSettingsObject, { description: 'Changes your notification settings.' })
  @Authenticated()
  updateNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettingsObject> {
    return this.service.updateSettings(viewer.id, input.digest);
  }

  @Subscription(() => NotificationObject, {
    description: 'Your new notifications as they happen; works across API processes with Redis.',
    resolve: (n: NotificationNotice): NotificationObject => ({
      id: n.id,
      kind: n.kind,
      text: n.text,
      path: n.path,
      createdAt: new Date(n.createdAt),
      readAt: null,
    }),
  })
  @Authenticated()
  notificationAdded(@CurrentViewer() viewer: Viewer): AsyncGenerator<NotificationNotice> {
    return this.service.live(viewer.id);
  }
}
