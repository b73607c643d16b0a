import type { Lang } from '../i18n/types.js';

/**
 * What `ntm-check proposals` says to the user, in Vietnamese and English. The
 * letters' own wording is in `templates/`; this is only the command's voice.
 * `satisfies` makes a sentence missing in one language a compile error.
 */
/** Every sentence the command can say; each language must have all of them. */
export interface ProposalsText {
  description: string;
  options: { out: string; force: string; templates: string };
  example: string;
  missingOut: string;
  refused: (errors: number) => string;
  forced: (errors: number) => string;
  written: (path: string, pages: number, collectives: number, individuals: number, draft: boolean) => string;
  headless: (file: string) => string;
  nothing: string;
  template: {
    unreadable: (file: string) => string;
    'missing-section': (file: string, section: string) => string;
    'unknown-placeholder': (file: string, placeholder: string, line?: number) => string;
  };
}

const vi: ProposalsText = {
  description: 'lập Tờ trình và Danh sách đề nghị khen thưởng (PDF) cho từng đơn vị trình và từng hình thức / write the award-proposal PDFs',
  options: {
    out: 'thư mục ghi các tệp PDF (không được là thư mục chứa hồ sơ) / output folder',
    force: 'vẫn lập khi hồ sơ còn lỗi; mọi trang đóng dấu "DỰ THẢO" / write drafts despite errors',
    templates: 'thư mục chứa mẫu lời văn đã sửa (to-trinh.vi.txt, danh-sach.vi.txt) / folder of edited letter templates',
  },
  example: '\nVí dụ / Example:\n  ntm-check proposals ho-so/tam-duong-2024.xlsx --plan lai-chau --out to-trinh/\n\nTên tệp / File names: to-trinh_<đơn vị>_<hình thức>_<năm>.pdf, ví dụ to-trinh_ubnd-huyen-tam-duong_bang-khen-tinh_2024.pdf\nMã thoát / Exit: 0 đã ghi; 1 hồ sơ còn lỗi (không ghi, hoặc ghi bản dự thảo với --force); 2 lỗi sử dụng.',
  missingOut: 'Chưa chỉ ra thư mục ghi tờ trình; thêm --out <thư mục>, ví dụ --out to-trinh/.',
  refused: (n) => `Không lập tờ trình vì hồ sơ còn ${n} lỗi (liệt kê ở trên); sửa các lỗi rồi chạy lại, hoặc thêm --force để lập bản dự thảo.`,
  forced: (n) => `Hồ sơ còn ${n} lỗi: các tệp ghi "dự thảo" được đóng dấu "DỰ THẢO" trên mọi trang, chưa dùng để ký.`,
  written: (path, pages, c, i, draft) => `Đã ghi ${path} (${c} tập thể, ${i} cá nhân, ${pages} trang${draft ? ', dự thảo' : ''}).`,
  headless: (file) => `Bỏ qua ${file}: sheet Thông tin thiếu hoặc chưa đủ, không lập được tờ trình.`,
  nothing: 'Không có đề nghị khen thưởng nào để lập tờ trình.',
  template: {
    unreadable: (f) => `Không đọc được mẫu lời văn "${f}"; kiểm tra đường dẫn --templates.`,
    'missing-section': (f, s) => `Mẫu lời văn "${f}" thiếu mục ${s}; thêm lại mục đó (xem templates/README.md).`,
    'unknown-placeholder': (f, p, line) => `Mẫu lời văn "${f}"${line ? ` dòng ${line}` : ''} có chỗ trống ${p} mà chương trình không biết; sửa theo danh sách ở đầu tệp mẫu.`,
  },
};

const en: ProposalsText = {
  description: 'write the award-proposal PDFs (Tờ trình and Danh sách) for each submitting unit and award form',
  options: vi.options,
  example: vi.example,
  missingOut: 'No output folder given; add --out <folder>, for example --out to-trinh/.',
  refused: (n) => `No proposals written: the dossiers still have ${n} error${n === 1 ? '' : 's'} (listed above); fix them and run again, or add --force to write drafts.`,
  forced: (n) => `The dossiers still have ${n} error${n === 1 ? '' : 's'}: files marked "draft" carry a "DỰ THẢO" stamp on every page and are not for signing.`,
  written: (path, pages, c, i, draft) => `Wrote ${path} (${c} collective${c === 1 ? '' : 's'}, ${i} individual${i === 1 ? '' : 's'}, ${pages} page${pages === 1 ? '' : 's'}${draft ? ', draft' : ''}).`,
  headless: (file) => `Skipped ${file}: its Thông tin sheet is missing or incomplete, so no letter can be headed.`,
  nothing: 'There are no nominations to write proposals for.',
  template: {
    unreadable: (f) => `Cannot read the letter template "${f}"; check the --templates path.`,
    'missing-section': (f, s) => `The letter template "${f}" lacks the section ${s}; add it back (see templates/README.md).`,
    'unknown-placeholder': (f, p, line) => `The letter template "${f}"${line ? ` line ${line}` : ''} uses the placeholder ${p}, which the tool does not fill; use one listed at the top of the template.`,
  },
};

const TEXT = { vi, en } satisfies Record<Lang, ProposalsText>;

/** The command's sentences in `lang`. */
export function proposalsText(lang: Lang): ProposalsText {
  return TEXT[lang];
}
