import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './image-pull-policy.js';

const HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const pod = (image: string, policy?: string) => dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        image: ${image}
        ${policy === undefined ? '' : `imagePullPolicy: ${policy}`}
`;

testRule(rule, {
  valid: [
    { name: 'digest, no policy', code: pod(`registry.example.com/app@sha256:${HEX}`) },
    { name: 'a ko:// build reference (ko resolve pins it by digest)', code: pod('ko://example.com/shop/cmd/controller', 'IfNotPresent') },
    { name: 'tag and digest with IfNotPresent', code: pod(`registry.example.com/app:1.0@sha256:${HEX}`, 'IfNotPresent') },
    { name: 'mutable tag with Always', code: pod('registry.example.com/app:1.0', 'Always') },
    { name: 'latest without policy defaults to Always', code: pod('nginx:latest') },
    { name: 'no tag without policy defaults to Always', code: pod('nginx') },
    { name: 'registry port is not a tag: defaults to Always', code: pod('localhost:5000/app') },
    {
      name: 'container without image',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              imagePullPolicy: Never
      `,
    },
  ],
  invalid: [
    {
      name: 'version tag defaults to IfNotPresent: reported on the image',
      code: pod('registry.example.com/app:1.0'),
      errors: [{ messageId: 'defaulted', data: { container: 'app', image: 'registry.example.com/app:1.0', tag: '1.0' }, line: 8, column: 14, endLine: 8, endColumn: 42 }],
    },
    {
      name: 'explicit IfNotPresent: reported on the policy',
      code: pod('registry.example.com/app:1.0', 'IfNotPresent'),
      errors: [
        {
          messageId: 'explicit',
          data: { container: 'app', image: 'registry.example.com/app:1.0', policy: 'IfNotPresent' },
          line: 9,
          column: 24,
          endLine: 9,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'explicit Never with latest',
      code: pod('nginx:latest', 'Never'),
      errors: [{ messageId: 'explicit', data: { container: 'app', image: 'nginx:latest', policy: 'Never' }, line: 9, column: 24 }],
    },
    {
      name: 'init and ephemeral containers too',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              image: busybox:1.36
          containers:
            - name: app
              image: nginx:latest
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
              imagePullPolicy: IfNotPresent
      `,
      errors: [
        { messageId: 'defaulted', data: { container: 'init', image: 'busybox:1.36', tag: '1.36' }, line: 8, column: 14 },
        { messageId: 'explicit', data: { container: 'debug', image: 'busybox:1.36', policy: 'IfNotPresent' }, line: 15, column: 24 },
      ],
    },
  ],
});
