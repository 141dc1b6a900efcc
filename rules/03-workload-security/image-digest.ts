import { defineRule } from '../../src/engine/rule.js';
import { isBuildToolReference, isRegisteredDigest, parseImageReference } from '../../src/model/image.js';

export default defineRule({
  meta: {
    id: 'image-digest',
    // Both ask for a digest when the reference is mutable; the digest is the one fix.
    supersedes: ['image-pull-policy'],
    pci: ['3.2'],
    requirements: ['6.3.2', '6.5.1'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'Container images must be pinned by digest (sha256, or sha512).',
      rationale:
        'A tag can be moved to different content at any time, so the image that runs is not necessarily the one that was scanned and approved. ' +
        'PCI DSS container guidance 3.2 asks that only known, verified images run; a digest names exactly one image.',
      fix: 'Reference images as `registry/name@sha256:<digest>` (optionally `name:tag@sha256:<digest>` to keep the tag readable). `crane digest` or `docker buildx imagetools inspect` print the digest of a tag.',
      references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
    },
    messages: {
      latest:
        'Container "{{container}}" uses image "{{image}}" with the "latest" tag, which changes under you.',
      untagged:
        'Container "{{container}}" uses image "{{image}}" without a tag or digest, which means "latest".',
      tagOnly:
        'Container "{{container}}" uses image "{{image}}" pinned only by tag; tags are mutable.',
      badDigest:
        'Container "{{container}}" uses image "{{image}}" whose digest is not a sha256 or sha512 digest (sha256: and 64, or sha512: and 128 lowercase hex characters), the algorithms the OCI image specification registers.',
    },
    fixes: {
      latest: 'Pin it by digest (name@sha256:...).',
      untagged: 'Pin it by digest (name@sha256:...).',
      tagOnly: 'Pin it by digest (name:tag@sha256:...).',
      badDigest: 'Use the image\'s sha256 (or sha512) digest.',
    },
  },
  visit: {
    Container(ctx, container) {
      const image = container.value.image;
      if (typeof image !== 'string' || image === '' || isBuildToolReference(image)) return;
      const ref = parseImageReference(image);
      const at = container.pathTo('image');
      const data = { container: container.name, image };
      const about = [container];
      if (ref.digest !== undefined) {
        if (!isRegisteredDigest(ref.digest)) ctx.report({ at, part: 'value', messageId: 'badDigest', data });
        return;
      }
      if (ref.tag === undefined) ctx.report({ at, part: 'value', messageId: 'untagged', data, about });
      else if (ref.tag === 'latest') ctx.report({ at, part: 'value', messageId: 'latest', data, about });
      else ctx.report({ at, part: 'value', messageId: 'tagOnly', data, severity: 'warning', about });
    },
  },
});
