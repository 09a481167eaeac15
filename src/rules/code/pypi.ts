import type { Rule } from '../../engine/types';

/** PyPI API tokens are macaroons: `pypi-` + base64 starting with the encoded location "pypi.org" (or test.pypi.org). */
export const pypiRules: readonly Rule[] = [
  {
    id: 'pypi-api-token',
    title: 'PyPI API token',
    category: 'secret',
    kind: 'PYPI_TOKEN',
    severity: 'high',
    description: 'Uploads releases of the PyPI projects it is scoped to (or all of the owner\'s projects): a supply-chain risk.',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    pattern: /(?<![A-Za-z0-9_-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/,
    minEntropy: 4.5,
    window: 1100,
    helpUrl: 'https://pypi.org/help/#apitoken',
    examples: {
      positive: [
        '[pypi]\n  username = __token__\n  password = pypi-AgEIcHlwaS5vcmcI0Au6nYBMMhgl9WqM7fAvsH3DIO8cTyFiIjS5BFl3Ztw-xdEqaSsu_cKvhBuzj2MzZBOrguHfTIISKSxY5xJ8fG1lyqgHRwv7wkigHCI2fdnehKC86OeTYZ1',
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcQQtvE5RWXe3F01ILSuWSuwxBj9pem1X1s57mfLQLRtyNC31yx-VJQ-0YxlzwvIFB-xQJWOhjq36L6l3pCEXZaJ7aWxMFPfNRx49dkVgWhcr3qWgvmJZn1TxT',
      ],
      negative: [
        { text: 'password = pypi-AgEIcHlwaS5vcmc...', reason: 'truncated in documentation' },
        { text: 'password = pypi-AgEIcHlwaS5vcmcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'placeholder' },
        { text: 'pip install pypi-simple-client-library-for-the-warehouse-json-api-v2', reason: 'a package name starting with pypi-' },
      ],
    },
  },
];
