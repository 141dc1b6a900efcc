import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './image-digest.js';

const HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const pod = (image: string) => dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        image: ${image}
`;

testRule(rule, {
  valid: [
    { name: 'digest only', code: pod(`registry.example.com/app@sha256:${HEX}`) },
    { name: 'tag and digest', code: pod(`registry.example.com/app:1.2.3@sha256:${HEX}`) },
    { name: 'registry with a port', code: pod(`registry.example.com:5000/team/app@sha256:${HEX}`) },
    { name: 'quoted', code: pod(`"nginx@sha256:${HEX}"`) },
    // ko resolve replaces it with registry/app@sha256:...; it names source code, not an image.
    { name: 'a ko:// build reference', code: pod('ko://example.com/shop/cmd/controller') },
    { name: 'sha512 digest (an algorithm the OCI image specification registers)', code: pod(`registry.example.com/app@sha512:${HEX}${HEX}`) },
    {
      name: 'container without image (left to schema validation)',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
      `,
    },
  ],
  invalid: [
    {
      name: 'latest tag, reported on the value',
      code: pod('nginx:latest'),
      errors: [{ messageId: 'latest', data: { container: 'app', image: 'nginx:latest' }, line: 8, column: 14, endLine: 8, endColumn: 26, severity: 'error' }],
    },
    {
      name: 'no tag means latest',
      code: pod('nginx'),
      errors: [{ messageId: 'untagged', data: { container: 'app', image: 'nginx' }, line: 8, column: 14, severity: 'error' }],
    },
    {
      name: 'registry port is not a tag',
      code: pod('localhost:5000/app'),
      errors: [{ messageId: 'untagged', data: { container: 'app', image: 'localhost:5000/app' }, line: 8, column: 14 }],
    },
    {
      name: 'a version tag alone is a warning',
      code: pod('"registry.example.com/app:1.2.3"'),
      errors: [{ messageId: 'tagOnly', data: { container: 'app', image: 'registry.example.com/app:1.2.3' }, line: 8, column: 14, endColumn: 46, severity: 'warning' }],
    },
    {
      name: 'digest of an algorithm the OCI image specification does not register',
      code: pod(`app@blake2:${HEX}`),
      errors: [{ messageId: 'badDigest', data: { container: 'app', image: `app@blake2:${HEX}` }, line: 8, column: 14 }],
    },
    {
      name: 'sha512 with a sha256-length value',
      code: pod(`app@sha512:${HEX}`),
      errors: [{ messageId: 'badDigest', data: { container: 'app', image: `app@sha512:${HEX}` }, line: 8, column: 14 }],
    },
    {
      name: 'digest that is not sha256 hex',
      code: pod('app@sha256:abc123'),
      errors: [{ messageId: 'badDigest', data: { container: 'app', image: 'app@sha256:abc123' }, line: 8, column: 14 }],
    },
    {
      name: 'every container group of a CronJob',
      code: dedent`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      image: busybox:latest
                  containers:
                    - name: main
                      image: report:2024.1
      `,
      errors: [
        { messageId: 'latest', data: { container: 'init', image: 'busybox:latest' }, line: 12, column: 22 },
        { messageId: 'tagOnly', data: { container: 'main', image: 'report:2024.1' }, line: 15, column: 22 },
      ],
    },
    {
      name: 'older target versions are checked the same way',
      target: '1.19',
      code: pod('nginx:1.25'),
      errors: [{ messageId: 'tagOnly', data: { container: 'app', image: 'nginx:1.25' }, line: 8, column: 14 }],
    },
  ],
});
