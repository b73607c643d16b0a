import type { PlanInput } from '../schema.js';
import { dakNong } from './dak-nong.js';
import { haQuang } from './ha-quang.js';
import { laiChau } from './lai-chau.js';
import { tamDuong } from './tam-duong.js';
import { tuyenQuang } from './tuyen-quang.js';

export { dakNong, haQuang, laiChau, tamDuong, tuyenQuang };

/** The plans shipped with the tool (plans.md), in the order the spec lists them. */
export const BUILTIN_PLANS: readonly PlanInput[] = [tuyenQuang, dakNong, laiChau, tamDuong, haQuang];
