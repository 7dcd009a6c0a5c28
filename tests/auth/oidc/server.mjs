// An independent OAuth 2 / OpenID Connect authorization server for tst_oauthindependent:
// panva's oidc-provider (certified OpenID implementation), not our sandbox's reading of OAuth.
//
//   node server.mjs REDIRECT_PORT
//
// Listens on 127.0.0.1 (a free port), prints "listening http://127.0.0.1:PORT" once ready and
// serves until killed or its stdin closes. One public native client, "wod-desktop", may redirect
// to http://127.0.0.1:REDIRECT_PORT/; PKCE S256 is required (the library's default for public
// clients), refresh tokens are issued and rotated. The login and consent steps are plain HTTP
// for the test's HTTP client: POST /interaction/UID logs in as "admin" or grants the asked scopes,
// then redirects onward (303), as the default HTML pages would after a human's click.
import http from 'node:http';
import Provider from 'oidc-provider';

const redirectPort = Number(process.argv[2] || '0');
if (!redirectPort) {
  console.error('usage: node server.mjs REDIRECT_PORT');
  process.exit(2);
}

const scopes = ['openid', 'offline_access', 'spark:people_read', 'spark-admin:people_read'];

function configuration() {
  return {
    clients: [{
      client_id: 'wod-desktop',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`http://127.0.0.1:${redirectPort}/`],
    }],
    scopes,
    // Refresh tokens for every code grant of a client allowed to refresh (not only with
    // offline_access + prompt=consent): Webex issues one with every sign-in.
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
    cookies: { keys: ['wod-test-only-cookie-key'] },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, RefreshToken: 3600 },
  };
}

// The interaction endpoint: no HTML, one POST per prompt.
function addInteractions(provider) {
  provider.use(async (ctx, next) => {
    const m = /^\/interaction\/([^/]+)$/.exec(ctx.path);
    if (!m || ctx.method !== 'POST')
      return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    let result;
    if (details.prompt.name === 'login') {
      result = { login: { accountId: 'admin' } };
    } else if (details.prompt.name === 'consent') {
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      const missing = details.prompt.details.missingOIDCScope;
      if (missing)
        grant.addOIDCScope(missing.join(' '));
      result = { consent: { grantId: await grant.save() } };
    } else {
      ctx.status = 400;
      ctx.body = { error: `unexpected prompt ${details.prompt.name}` };
      return undefined;
    }
    const location = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.set('Location', location);
    ctx.body = '';
    return undefined;
  });
}

// The issuer names the real port: listen first, then build the provider.
const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const provider = new Provider(`http://127.0.0.1:${port}`, configuration());
  addInteractions(provider);
  server.on('request', provider.callback());
  process.stdout.write(`listening http://127.0.0.1:${port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
