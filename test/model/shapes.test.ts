/** The rule shapes refuse settings that would report nothing where they should (the rules' case tables test the rest). */
import { describe, expect, it } from 'vitest';
import { controlPlaneFlagRule } from '../../src/model/shapes/control-plane-flag.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

const meta = { messages: { bad: 'bad {{value}}', unset: 'not set' } };

describe('rule shapes', () => {
  it('a kubelet setting whose absent field is unsafe needs an unset message', () => {
    const setting = { flag: 'x', unsafeFlag: () => true, field: ['x'], unsafeField: (v: unknown) => v !== true } as const;
    expect(() => kubeletSettingRule({ meta, ...setting, messages: { flag: 'bad', field: 'bad', container: 'bad' } })).toThrow(/messages\.unset is needed/);
    expect(Object.keys(kubeletSettingRule({ meta, ...setting, messages: { flag: 'bad', field: 'bad', container: 'bad', unset: 'unset' } }).visit)).toEqual([
      'InitConfiguration',
      'JoinConfiguration',
      'Container',
      'KubeletConfiguration',
    ]);
  });

  it('a control-plane flag reported when absent needs an unset message', () => {
    const setting = { components: ['kube-apiserver'], flag: 'x', unsafe: () => true } as const;
    expect(() => controlPlaneFlagRule({ meta, ...setting, unset: 'always', messages: { unsafe: 'bad' } })).toThrow(/messages\.unset is needed/);
    expect(Object.keys(controlPlaneFlagRule({ meta, ...setting, messages: { unsafe: 'bad' } }).visit)).toEqual(['ControlPlaneComponent']);
  });
});
