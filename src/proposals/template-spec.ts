/**
 * What each letter template must hold and may say. The keys are the contract with
 * the files in `templates/` (documented there): a section the code needs and a
 * placeholder the code fills are listed here, and the typed value records below
 * make a placeholder without a value a compile error.
 */

/** The two kinds of letter text: the proposal letter and its list. */
export type TemplateKind = 'to-trinh' | 'danh-sach';

/** Sections each template must have; the loader refuses a file that lacks one. */
export const TEMPLATE_SECTIONS = {
  'to-trinh': ['so', 'dia-danh-ngay', 'tieu-de', 'trich-yeu', 'kinh-gui', 'dong-kinh-gui', 'can-cu', 'noi-dung', 'noi-nhan', 'chu-ky', 'doi-tuong', 'du-thao'],
  'danh-sach': ['tieu-de', 'trich-yeu', 'kem-theo', 'muc-tap-the', 'muc-ca-nhan', 'cot-tap-the', 'cot-ca-nhan', 'can-cu', 'tong-so'],
} as const satisfies Record<TemplateKind, readonly string[]>;

/** Placeholders both kinds of letter may use: the unit, the form, the plan, the counts. */
export const COMMON_KEYS = [
  'don_vi_trinh', 'tinh', 'huyen', 'nam', 'dot_xet', 'hinh_thuc', 'doi_tuong', 'doi_tuong_chung', 'so_tap_the', 'so_ca_nhan',
  'dia_danh', 'phong_trao', 'ke_hoach', 'ke_hoach_noi_dung', 'kinh_gui', 'so_to_trinh', 'ngay_trinh', 'ngay_trinh_so',
] as const;

/** Placeholders only the list has: section numbering and one row's basis. */
export const LIST_KEYS = ['so_muc', 'so_luong', 'can_cu', 'trich_dan', 'muc'] as const;

export type CommonKey = (typeof COMMON_KEYS)[number];
export type ListKey = (typeof LIST_KEYS)[number];
/** Values for every common placeholder. */
export type LetterValues = Record<CommonKey, string>;
/** Values for the list's own placeholders (any subset, with the common ones). */
export type ListValues = LetterValues & Partial<Record<ListKey, string>>;

export const TEMPLATE_KEYS: Record<TemplateKind, readonly string[]> = {
  'to-trinh': COMMON_KEYS,
  'danh-sach': [...COMMON_KEYS, ...LIST_KEYS],
};
