import type { Rule } from '../../engine/types';

export const firebaseRules: readonly Rule[] = [
  {
    id: 'firebase-cloud-messaging-server-key',
    title: 'Firebase Cloud Messaging legacy server key',
    category: 'secret',
    kind: 'FCM_SERVER_KEY',
    severity: 'high',
    description: 'Sends push notifications to every user of the app through the legacy FCM API.',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])/,
    minEntropy: 4.5,
    helpUrl: 'https://firebase.google.com/docs/cloud-messaging/auth-server',
    examples: {
      positive: ['FCM_SERVER_KEY=AAAABoqhyFH:APA91bNWjkVNDWdwfWCHJDrsuF-_X75NjUqUNeN2hghCvB0AhJ3BGNsIux8ycswRVUtGJVhvHBeBmq8e7ueAvMvJkz9CzWyHqEn5JaS9PUpUcl4bbk_k4Jr5tq9DEAd3uQBhFhDAeiFJ', "headers: { Authorization: 'key=AAAALrRhkab:APA91bOX3dmlrqc36Y6Fy4vPaTAMRl4ZdGQSrefesyIqSl3zgTuVGECZvEWCONTalWCj6mQOUtboTNuqELY7YQ5VzqDj3XhAgKdVSTc5XoaupLyz9dXoEl8lb1uyLw7hK93V7UIVpF0R' }"],
      negative: [
        { text: 'FCM_SERVER_KEY=AAAA...:APA91b...', reason: 'a placeholder' },
        { text: 'registration_id = "APA91bFuAoCBJ0v91OAyOHSrffDUAd9yc3bq2xa_JPqgvB0a4zK-jpEx11ObWTlRE_U5uKYI31cknunubDYyUQna03ZOJERjgMIdJBGUu6pQd_owpnf9IPPotONzYlISysP2uRzh-KAm"', reason: 'a device registration token without the server key prefix' },
      ],
    },
  },
];
