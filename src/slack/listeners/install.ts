// A workspace removing the app (many-workspace mode): app_uninstalled, or tokens_revoked for the bot,
// deletes its installation (and so its tokens) at once and pauses its digest subscriptions and watches;
// a reinstall resumes them (installations.ts). Slack sends these events without authorisation, so they
// are handled even though the workspace's token is already dead.
import type { AllMiddlewareArgs, InstallationStore, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import type { Ports } from '../../app/ports.ts';
import type { UninstallReason } from '../oauth.ts';
import { internalError } from '../reply.ts';

type Args<E extends string> = SlackEventMiddlewareArgs<E> & AllMiddlewareArgs;

/** Deletes the workspace's installation and pauses what it receives. */
export async function forgetWorkspace(
  ports: Ports,
  installations: InstallationStore,
  who: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean },
  reason: UninstallReason,
): Promise<void> {
  await installations.deleteInstallation?.({ teamId: who.teamId, enterpriseId: who.enterpriseId, isEnterpriseInstall: who.isEnterpriseInstall } as never);
  await ports.ready;
  const paused = ports.store && who.teamId ? await ports.store.pauseTeam(who.teamId, reason, ports.now()) : 0;
  ports.logger.info(
    `${who.isEnterpriseInstall ? `organisation ${who.enterpriseId ?? '?'}` : `workspace ${who.teamId ?? '?'}`} removed the app (${reason}): its tokens are deleted${paused > 0 ? ` and ${paused} digest subscriptions and watches paused` : ''}`,
  );
}

function whoOf(context: AllMiddlewareArgs['context']) {
  return { teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall === true };
}

export function appUninstalled(ports: Ports, installations: InstallationStore) {
  return async ({ context }: Args<'app_uninstalled'>): Promise<void> => {
    try {
      await forgetWorkspace(ports, installations, whoOf(context), 'app_uninstalled');
    } catch (error) {
      internalError(ports.logger, error, 'app_uninstalled');
    }
  };
}

export function tokensRevoked(ports: Ports, installations: InstallationStore) {
  return async ({ event, context }: Args<'tokens_revoked'>): Promise<void> => {
    // Only the bot's token matters: the app keeps no user tokens.
    if ((event.tokens.bot ?? []).length === 0) return;
    try {
      await forgetWorkspace(ports, installations, whoOf(context), 'tokens_revoked');
    } catch (error) {
      internalError(ports.logger, error, 'tokens_revoked');
    }
  };
}

export function registerInstallEvents(app: Listeners, ports: Ports, installations: InstallationStore): void {
  app.event('app_uninstalled', appUninstalled(ports, installations));
  app.event('tokens_revoked', tokensRevoked(ports, installations));
}
