// Deployment settings for the demo app. Every value below is FAKE (see ../README.md).
export const config = {
  region: 'eu-west-1',
  awsAccessKeyId: 'AKIAZ3MHQ5TXKVR7WP4L',
  githubToken: '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',
  owner: 'maria.gonzalez@gmail.com',
  retries: 3,
};

export function describeConfig(): string {
  return `${config.region} with ${config.retries} retries`;
}
