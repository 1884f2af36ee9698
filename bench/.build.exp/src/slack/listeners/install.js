import { internalError } from '../reply.js';
export async function forgetWorkspace(ports, installations, who, reason) {
    await installations.deleteInstallation?.({ teamId: who.teamId, enterpriseId: who.enterpriseId, isEnterpriseInstall: who.isEnterpriseInstall });
    await ports.ready;
    const paused = ports.store && who.teamId ? await ports.store.pauseTeam(who.teamId, reason, ports.now()) : 0;
    ports.logger.info(`${who.isEnterpriseInstall ? `organisation ${who.enterpriseId ?? '?'}` : `workspace ${who.teamId ?? '?'}`} removed the app (${reason}): its tokens are deleted${paused > 0 ? ` and ${paused} digest subscriptions and watches paused` : ''}`);
}
function whoOf(context) {
    return { teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall === true };
}
export function appUninstalled(ports, installations) {
    return async ({ context }) => {
        try {
            await forgetWorkspace(ports, installations, whoOf(context), 'app_uninstalled');
        }
        catch (error) {
            internalError(ports.logger, error, 'app_uninstalled');
        }
    };
}
export function tokensRevoked(ports, installations) {
    return async ({ event, context }) => {
        if ((event.tokens.bot ?? []).length === 0)
            return;
        try {
            await forgetWorkspace(ports, installations, whoOf(context), 'tokens_revoked');
        }
        catch (error) {
            internalError(ports.logger, error, 'tokens_revoked');
        }
    };
}
export function registerInstallEvents(app, ports, installations) {
    app.event('app_uninstalled', appUninstalled(ports, installations));
    app.event('tokens_revoked', tokensRevoked(ports, installations));
}
//# sourceMappingURL=install.js.map