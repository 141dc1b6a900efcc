import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './secret-env-reference.js';

testRule(rule, {
  valid: [
    {
      name: 'Secret mounted as a file, ConfigMap values in the environment',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: app
              env:
                - name: LOG_LEVEL
                  valueFrom:
                    configMapKeyRef: { name: app-config, key: level }
                - name: DB_PASSWORD_FILE
                  value: /run/secrets/db/password
              envFrom:
                - configMapRef:
                    name: app-config
              volumeMounts:
                - name: db
                  mountPath: /run/secrets/db
                  readOnly: true
          volumes:
            - name: db
              secret:
                secretName: db
                defaultMode: 0400
      `,
    },
  ],
  invalid: [
    {
      name: 'secretKeyRef in a Deployment, envFrom secretRef in an init container',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              initContainers:
                - name: migrate
                  envFrom:
                    - prefix: DB_
                      secretRef:
                        name: db
              containers:
                - name: app
                  env:
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: db
                          key: password
      `,
      errors: [
        { messageId: 'envFrom', data: { container: 'migrate', secret: 'db' }, line: 12, column: 15, endColumn: 24, severity: 'info' },
        { messageId: 'keyRef', data: { container: 'app', variable: 'DB_PASSWORD', secret: 'db' }, line: 19, column: 17, endColumn: 29, severity: 'info' },
      ],
    },
  ],
});
