import { defineRule } from '../../src/engine/rule.js';
import { defaultImagePullPolicy } from '../../src/k8s/workload-defaults.js';
import { isBuildToolReference, parseImageReference } from '../../src/model/image.js';

export default defineRule({
  meta: {
    id: 'image-pull-policy',
    pci: ['3.2'],
    requirements: ['6.5.1'],
    inputs: ['workload'],
    severity: 'warning',
    docs: {
      summary: 'Containers whose image is not pinned by digest must use `imagePullPolicy: Always`.',
      rationale:
        'A tag can point at different content over time. With `IfNotPresent` (or `Never`) a node keeps running whatever it pulled under that tag first, so nodes can run different, ' +
        'possibly unpatched or tampered, images under one name, and a rebuilt image is never picked up. PCI DSS container guidance 3.2 asks that only known, approved images run. ' +
        'When `imagePullPolicy` is left out the API server defaults it to `Always` only for the tag `latest` or a reference without tag or digest, and to `IfNotPresent` for every other tag ' +
        '(`SetDefaults_Container`); the rule judges that effective value. Images pinned by digest are exempt: the digest names one image whatever the pull policy (`image-digest` checks the digest itself).',
      fix: 'Pin the image by digest (`name@sha256:...`, best), or set `imagePullPolicy: Always` on the container so the kubelet resolves the tag against the registry at every start.',
      references: ['https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy', 'https://kubernetes.io/docs/concepts/containers/images/#imagepullpolicy-defaulting'],
    },
    messages: {
      explicit:
        'Container "{{container}}" uses the mutable image "{{image}}" with imagePullPolicy: {{policy}}, so nodes keep whatever they once pulled under that tag.',
      defaulted:
        'Container "{{container}}" uses the mutable image "{{image}}" without imagePullPolicy; the API server defaults it to IfNotPresent for the tag "{{tag}}", so nodes keep whatever they once pulled under that tag.',
    },
    fixes: {
      explicit: 'Pin the image by digest or set imagePullPolicy: Always.',
      defaulted: 'Pin the image by digest or set imagePullPolicy: Always.',
    },
  },
  visit: {
    Container(ctx, container) {
      const image = container.value.image;
      if (typeof image !== 'string' || image === '' || isBuildToolReference(image)) return;
      const ref = parseImageReference(image);
      if (ref.digest !== undefined) return;
      const written = container.value.imagePullPolicy;
      const data = { container: container.name, image };
      if (typeof written === 'string' && written !== '') {
        if (written !== 'Always') ctx.report({ at: container.pathTo('imagePullPolicy'), part: 'value', messageId: 'explicit', data: { ...data, policy: written }, about: [container] });
        return;
      }
      if (defaultImagePullPolicy(ref.tag, ref.digest) === 'Always') return;
      ctx.report({ at: container.pathTo('image'), part: 'value', messageId: 'defaulted', data: { ...data, tag: ref.tag ?? '' }, about: [container] });
    },
  },
});
