import type { Rule, Validator } from '../../engine/types';
import { lineBounds } from '../../engine/validators';
import { namedValue } from '../code/define';

/**
 * Well-known public keys of the local emulators (Azurite / storage emulator and the Cosmos DB emulator):
 * published in Microsoft's documentation, they open nothing outside a developer's machine.
 */
const EMULATOR_KEYS = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
]);
const notEmulatorKey: Validator = ({ value }) => !EMULATOR_KEYS.has(value);

/** A SAS signature only means something inside a SAS query: it needs a version (sv=) and an expiry or permissions. */
const sasQuery: Validator = ({ text, start, value }) => {
  const b = lineBounds(text, start, start + value.length, 600);
  const line = text.slice(b.start, b.end);
  return /[?&;\s"'](?:sv)=\d{4}-\d{2}-\d{2}/.test(line) && /[?&;](?:se|sp|spr|srt|ss|sr)=/.test(line);
};

const STORAGE_KEY = String.raw`[A-Za-z0-9+/]{86}==`;
/** What both storage-key rules check: the value group, its randomness, and that it is not an emulator key. */
const STORAGE_KEY_CHECKS = {
  secretGroup: 1,
  minEntropy: 4.5,
  validators: [notEmulatorKey],
  helpUrl: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
} as const;
const SHARED_KEY = String.raw`[A-Za-z0-9+/]{43}=`;

/**
 * Microsoft Azure: storage account keys and SAS signatures, Service Bus / Event Hubs / IoT Hub shared
 * access keys, App Configuration secrets and Entra ID (Azure AD) application client secrets.
 */
export const azureRules: readonly Rule[] = [
  {
    id: 'azure-storage-account-key',
    title: 'Azure storage account key',
    category: 'secret',
    kind: 'AZURE_STORAGE_KEY',
    severity: 'high',
    description: 'Full control of an Azure storage account (or Cosmos DB account): every blob, queue, table and file share in it.',
    keywords: ['accountkey='],
    pattern: new RegExp(String.raw`AccountKey=(${STORAGE_KEY})(?![A-Za-z0-9+/=])`, 'i'),
    ...STORAGE_KEY_CHECKS,
    examples: {
      positive: [
        'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=2td2xBfeVpT9IVVhNnpBQKRhQ5MVzJxptLRuLOWRA/ArfuoNhxy5eY20K870K30OQ9i5BV0BsP6ZMBPmGamojg==;EndpointSuffix=core.windows.net"',
        '"CosmosDb": "AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=4vokA8FRZmHXh7rCjVt3YfKYSCKEW9/gfukDAAIXFOCyL/XBknq5sS3oaxgITMRCDJs5eHQ2qUtA00Wfqy8MOA==;"',
      ],
      negative: [
        { text: 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;', reason: "the storage emulator's published key" },
        { text: 'AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==', reason: "the Cosmos DB emulator's published key" },
        { text: 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'azure-storage-key-assignment',
    title: 'Azure storage account key (named variable)',
    category: 'secret',
    kind: 'AZURE_STORAGE_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'An 88-character storage account key assigned to a storage-key variable: full control of the storage account.',
    keywords: ['storage', 'account_key', 'accountkey', 'account-key'],
    pattern: namedValue(String.raw`storage[_.-]?(?:account[_.-]?)?(?:access[_.-]?)?key|account[_.-]?key`, STORAGE_KEY, 'A-Za-z0-9+/='),
    ...STORAGE_KEY_CHECKS,
    examples: {
      positive: [
        'AZURE_STORAGE_KEY=Jxsg0q/C1HXaSuTEwpEYByYAq7AFLmk1yNnwsJMKGaigs6AWEfbR2RISfNcWI7tBcDI0uJTSCsx0Iamdrt+GQg==',
        'storage_account_access_key = "2td2xBfeVpT9IVVhNnpBQKRhQ5MVzJxptLRuLOWRA/ArfuoNhxy5eY20K870K30OQ9i5BV0BsP6ZMBPmGamojg=="',
      ],
      negative: [
        { text: 'AZURE_STORAGE_KEY=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==', reason: "the storage emulator's published key" },
        { text: 'AZURE_STORAGE_KEY=SmQy1COX8vxRsg0ho6jrDjli08XI1gUM7kFjS1ouwGY=', reason: '44 characters: not a storage account key' },
      ],
    },
  },
  {
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    category: 'secret',
    kind: 'AZURE_SAS_TOKEN',
    severity: 'high',
    description: 'A signed URL or query granting the listed permissions on Azure storage (or the whole account) until it expires.',
    keywords: ['sig='],
    pattern: /[?&;]sig=((?:[A-Za-z0-9+/]|%2[BbFf]){40,90}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9+/%=])/,
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [sasQuery],
    helpUrl: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview',
    examples: {
      positive: [
        'https://acme.blob.core.windows.net/backups/db.bak?sp=r&st=2024-05-01T08:00:00Z&se=2030-05-01T16:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=%2Bq8XX%2FVURZyCw3YRtauFj3wnOtsGDTQ27%2BRfnxD74a0%3D',
        'AZURE_SAS="?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2031-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=X9L7NC02lINNGEUR%2Fu3B5aA%2BiDyXop66PjcaSIfBwn0%3D"',
      ],
      negative: [
        { text: 'https://example.org/callback?sig=hwGnM0FZXcccwTFrLNsx2J9uhvOS7LGqfir5K7HUzao%3D&user=4', reason: 'a signature parameter outside an Azure SAS query (no sv= version)' },
        { text: '?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig=<signature>', reason: 'placeholder' },
        { text: 'sv=2022-11-02&se=2030-01-01&sig=REDACTED', reason: 'redacted' },
      ],
    },
  },
  {
    id: 'azure-service-bus-connection-string',
    title: 'Azure Service Bus / Event Hubs connection string',
    category: 'secret',
    kind: 'AZURE_CONNECTION_STRING',
    severity: 'high',
    description: 'A shared access key for a Service Bus, Event Hubs or Relay namespace: send, read or manage its messages per its policy.',
    keywords: ['sharedaccesskey='],
    pattern: new RegExp(String.raw`Endpoint=sb://[A-Za-z0-9.-]{1,120}\.servicebus\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net|cloudapi\.de)/?;\s?SharedAccessKeyName=[^;"'\s]{1,256};\s?SharedAccessKey=(${SHARED_KEY})(?![A-Za-z0-9+/=])`, 'i'),
    secretGroup: 1,
    minEntropy: 4.0,
    helpUrl: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
    examples: {
      positive: [
        'SERVICEBUS_CONNECTION="Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=yxNwyXQNHRR2LOAUHF7LF/ASgISwAKdJUPtRU2CCX0o="',
        '"EventHub": "Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=DI7y7+XmAR8ZDRhRS/V5ZqcSqVrfM8PDN4QtbjpEUEQ=;EntityPath=events"',
      ],
      negative: [
        { text: 'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>', reason: 'placeholder' },
        { text: 'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=yxNwyXQNHRR2LOAUHF7LF/ASgIS=', reason: 'key too short' },
      ],
    },
  },
  {
    id: 'azure-iot-hub-connection-string',
    title: 'Azure IoT Hub connection string',
    category: 'secret',
    kind: 'AZURE_CONNECTION_STRING',
    severity: 'high',
    description: 'A shared access key of an IoT hub policy or device: impersonate devices or control the hub.',
    keywords: ['azure-devices.net'],
    pattern: new RegExp(String.raw`HostName=[A-Za-z0-9.-]{1,120}\.azure-devices\.net;\s?(?:DeviceId|SharedAccessKeyName)=[^;"'\s]{1,128};\s?(?:ModuleId=[^;"'\s]{1,128};\s?)?SharedAccessKey=(${SHARED_KEY})(?![A-Za-z0-9+/=])`, 'i'),
    secretGroup: 1,
    minEntropy: 4.0,
    helpUrl: 'https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas',
    examples: {
      positive: [
        'IOTHUB_DEVICE_CONNECTION_STRING="HostName=acme-hub.azure-devices.net;DeviceId=sensor-17;SharedAccessKey=3zUUfFwwgB57Nky1wVbMykR5yBTYfMwXK3yHgFzasLE="',
        'conn = "HostName=plant.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=QtShd0ELEme3wOrcc2RFN8hKKPTxNIPA+jP1m+oIolA="',
      ],
      negative: [
        { text: 'HostName=acme-hub.azure-devices.net;DeviceId=sensor-17;SharedAccessKey={YourSharedAccessKey}', reason: 'placeholder' },
        { text: 'HostName=acme-hub.azure-devices.net;DeviceId=sensor-17;x509=true', reason: 'certificate-authenticated device: no key in the string' },
      ],
    },
  },
  {
    id: 'azure-app-configuration-connection-string',
    title: 'Azure App Configuration connection string',
    category: 'secret',
    kind: 'AZURE_CONNECTION_STRING',
    severity: 'high',
    description: 'Reads (or writes) every setting and feature flag of an App Configuration store, often including other secrets.',
    keywords: ['azconfig.io'],
    pattern: /Endpoint=https:\/\/[A-Za-z0-9-]{1,60}\.azconfig\.io\/?;\s?Id=[^;"'\s]{1,64};\s?Secret=([A-Za-z0-9+/]{40,60}={0,2})(?![A-Za-z0-9+/=])/i,
    secretGroup: 1,
    minEntropy: 4.0,
    helpUrl: 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication',
    examples: {
      positive: [
        'APPCONFIG="Endpoint=https://acme-config.azconfig.io;Id=1Ab2-l9-s0:k3Yx7qPQ2mVn;Secret=sl+1WmqMFr0kA4xD3+duC9j2Uyn2nVZhInY8a6AH"',
        '"AppConfig": "Endpoint=https://shop.azconfig.io;Id=zQ4e-lA-s0:Xr7tWmd2pL9h;Secret=JcNYmrhzEcVFk5ze2ltlcefwVxg2AA2OehSfQyJk"',
      ],
      negative: [
        { text: 'Endpoint=https://acme-config.azconfig.io;Id=<id>;Secret=<secret>', reason: 'placeholder' },
        { text: 'Endpoint=https://acme-config.azconfig.io', reason: 'endpoint only (managed identity): no secret' },
      ],
    },
  },
  {
    id: 'azure-ad-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    category: 'secret',
    kind: 'AZURE_CLIENT_SECRET',
    severity: 'high',
    description: "An application's client secret: signs in as the app registration (service principal) with its API permissions and roles.",
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/,
    minEntropy: 4.0,
    helpUrl: 'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    examples: {
      positive: [
        'AZURE_CLIENT_SECRET=XY18Q~KrXEuTXFc_4ijsyDI.W3_tWGRdVSb0i8Mj',
        '"ClientSecret": "Wur8Q~X4ms7JyjS3FFRrP9x~JW9l7O-9qjgsqIEz"',
      ],
      negative: [
        { text: 'client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: '.ui.visible.right.sidebar~.ui.visible.left.sidebar~.pusher{transform:none}', reason: 'CSS sibling selectors' },
        { text: 'AZURE_CLIENT_SECRET=XY18Q~KrXEuTXFc_4ij', reason: 'too short' },
      ],
    },
  },
];
