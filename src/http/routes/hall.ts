import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { HallFeed } from '../../services/hall/hall-feed.js';
import { hallAppointmentRoutes } from './hall-appointments.js';
import { hallPublicRoutes } from './hall-public.js';
import { hallSetupRoutes } from './hall-setup.js';
import { hallWindowRoutes } from './hall-windows.js';

/** The service hall (docs/hall.md): setup, calling, appointments, the public pages and their live feed. */
export function hallRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    // One feed per server: its live pages end before the server closes, or closing would wait for them.
    const feed = new HallFeed(deps);
    app.addHook('preClose', async () => feed.close());
    await app.register(hallSetupRoutes(deps));
    await app.register(hallWindowRoutes(deps));
    await app.register(hallAppointmentRoutes(deps));
    await app.register(hallPublicRoutes(deps, feed));
  };
}
