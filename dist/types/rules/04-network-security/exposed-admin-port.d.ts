import { type Location } from '../../src/engine/rule.js';
import { type AdminComponent } from '../../src/k8s/ports.js';
interface ServicePort {
    readonly name?: string;
    readonly port?: number;
    readonly targetPort?: number | string;
    readonly at: Location;
}
type Fact = {
    readonly type: 'service';
    readonly namespace?: string;
    readonly name: string;
    readonly serviceType: string;
    readonly selector: Readonly<Record<string, string>>;
    readonly ports: readonly ServicePort[];
} | {
    readonly type: 'workload';
    readonly namespace?: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly ports: readonly {
        readonly name?: string;
        readonly port: number;
    }[];
    readonly components: readonly AdminComponent[];
} | {
    readonly type: 'backend';
    readonly namespace?: string;
    readonly via: string;
    readonly service: string;
    readonly port?: number | string;
    readonly at: Location;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"serviceExposesAdmin" | "routeExposesAdmin" | "hostAdminPort", undefined, Fact>;
export default _default;
