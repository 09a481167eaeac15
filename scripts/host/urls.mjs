// URLs of the code-server workbench (no dependencies: scripts/start.mjs uses it before npm ci).

/**
 * The workbench URL for a folder, optionally with the smoke-test payload that loads an extension in
 * development mode and runs its tests (`extensionDevelopmentPath`, `extensionTestsPath`).
 */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const url = new URL(server.url);
  url.searchParams.set('folder', folder);
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(extensionTestsPath)]);
  if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}
