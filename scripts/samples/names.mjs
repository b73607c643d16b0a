/**
 * Name pools by community, and a per-dossier generator that never repeats a
 * name, gives a plausible birth year and a citizen id (CCCD) consistent with
 * province of birth registration, sex and birth year.
 */

const POOLS = {
  kinh: {
    surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Đinh', 'Trịnh', 'Phan', 'Đào', 'Hoàng', 'Cao', 'Tạ'],
    male: { middles: ['Văn', 'Đức', 'Minh', 'Quang', 'Xuân', 'Hữu', 'Thanh', 'Ngọc', 'Công', 'Mạnh', 'Tiến', 'Anh'],
      givens: ['Hùng', 'Dũng', 'Toàn', 'Lương', 'Tuấn', 'Hải', 'Long', 'Thắng', 'Cường', 'Bình', 'Khánh', 'Trung', 'Hiếu', 'Nam', 'Quyết', 'Phúc', 'Sơn', 'Hưng', 'Tâm', 'Đạt'] },
    female: { middles: ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Thị Thu', 'Thị Minh', 'Hồng', 'Kim'],
      givens: ['Hà', 'Lan', 'Hương', 'Mai', 'Hạnh', 'Thảo', 'Nga', 'Huyền', 'Trang', 'Yến', 'Hoa', 'Thúy', 'Nhung', 'Phương', 'Linh', 'Dung', 'Loan'] },
  },
  thai: {
    surnames: ['Lò', 'Lường', 'Tòng', 'Lù', 'Quàng', 'Hoàng', 'Vì', 'Cầm', 'Lò', 'Lường'],
    male: { middles: ['Văn'], givens: ['Thanh', 'Hoan', 'Tiến', 'Biên', 'Pánh', 'Xiêng', 'Ương', 'Khum', 'Chiến', 'Thắng', 'Phong', 'Ón', 'Tươi', 'Inh'] },
    female: { middles: ['Thị'], givens: ['Hương', 'Xuân', 'Ên', 'Ngoan', 'Chiêng', 'Lả', 'Thơm', 'Pọm', 'Bích', 'Kim', 'Dung', 'Hiên'] },
  },
  hmong: {
    surnames: ['Giàng', 'Vàng', 'Sùng', 'Thào', 'Lý', 'Hảng', 'Mùa', 'Lầu', 'Hạng', 'Chang'],
    male: { middles: ['A'], givens: ['Páo', 'Chinh', 'Lử', 'Sềnh', 'Chứ', 'Dế', 'Tủa', 'Sình', 'Chá', 'Khua', 'Lồng', 'Dình', 'Sử', 'Vư'] },
    female: { middles: ['Thị'], givens: ['Mai', 'Mỷ', 'Sua', 'Dợ', 'Ly', 'Chư', 'Dua', 'Say', 'Pà', 'Mang', 'Sinh', 'Và'] },
  },
  dao: {
    surnames: ['Tẩn', 'Chảo', 'Lý', 'Phàn', 'Triệu', 'Đặng', 'Bàn'],
    male: { middles: ['Láo', 'Văn', 'Láo', 'Kiềm'], givens: ['San', 'Lở', 'Tả', 'Chiêu', 'Phẩy', 'Chang', 'Sử', 'Quẩy', 'Khé', 'Vảng', 'Lù', 'Seng'] },
    female: { middles: ['Mý', 'Thị', 'Mý'], givens: ['Mẩy', 'Chiêm', 'Phù', 'Sành', 'Dín', 'Mây', 'Xứ', 'Lai', 'Chản', 'Nái'] },
  },
  tay: {
    surnames: ['Nông', 'Hoàng', 'Lục', 'Đàm', 'Triệu', 'Lương', 'Bế', 'Mã', 'Lâm', 'Hà', 'Ma', 'La', 'Chu', 'Hứa', 'Lý', 'Lãnh'],
    male: { middles: ['Văn', 'Đình', 'Văn', 'Ích', 'Quốc'], givens: ['Sình', 'Tuấn', 'Thiện', 'Pằn', 'Lềnh', 'Kiên', 'Cương', 'Hậu', 'Nhất', 'Chung', 'Quý', 'Thạch', 'Tĩnh', 'Vượng', 'Khiêm'] },
    female: { middles: ['Thị'], givens: ['Thu', 'Hạnh', 'Dinh', 'Nhì', 'Nọi', 'Thúy', 'Mến', 'Vân', 'Bích', 'Tuyết', 'Ngân', 'Liên', 'Xuyến'] },
  },
  mnong: {
    // M'Nông names are given whole: a prefix (Điểu, Y for men; Thị, H' for women) and a name.
    surnames: [''],
    male: { middles: ['Điểu', 'Y', 'Điểu'], givens: ["K'Rế", 'Xiêng', 'Bliêng', 'Đăm', 'Thịnh', 'Brông', 'Ngông', 'Sơn', "K'Lưn", 'Dũng'] },
    female: { middles: ['Thị', "H'", 'Thị'], givens: ['Hơl', 'Bông', 'Rin', 'Ngơn', 'Lưm', 'Mai', 'Nguyên', 'Plơi'] },
  },
};

/** Province codes of the CCCD (first three digits): place of birth registration. */
export const PROVINCE_CODE = { 'Lai Châu': '012', 'Cao Bằng': '004', 'Tuyên Quang': '008', 'Đắk Nông': '067', 'Thái Bình': '034', 'Nghệ An': '040', 'Nam Định': '036' };

/**
 * Creates a name generator for one dossier. `taken` may be shared between
 * dossiers of one batch so no one appears twice by accident.
 */
export function createPeople(rng, taken = new Set()) {
  function fullName(group, gender) {
    const pool = POOLS[group];
    const sex = gender === 'Nữ' ? pool.female : pool.male;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const name = [rng.pick(pool.surnames), rng.pick(sex.middles), rng.pick(sex.givens)]
        .filter(Boolean).join(' ').replace("H' ", "H'");
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
    throw new Error(`name pool ${group} exhausted`);
  }

  /** The 12-digit CCCD: province code, century+sex digit, two year digits, six random digits. */
  function citizenId(province, gender, birthYear) {
    const century = birthYear >= 2000 ? 2 : 0;
    const sexDigit = century + (gender === 'Nữ' ? 1 : 0);
    return `${PROVINCE_CODE[province]}${sexDigit}${String(birthYear % 100).padStart(2, '0')}${rng.digits(6)}`;
  }

  /**
   * A person: `{ name, gender, birthYear, id }`. `born` is [min, max] birth year;
   * `gender` is chosen when not given (about 40% women).
   */
  function person({ group, gender, born, province, birthProvince }) {
    const sex = gender ?? (rng.next() < 0.4 ? 'Nữ' : 'Nam');
    const birthYear = rng.int(born[0], born[1]);
    return {
      name: fullName(group, sex),
      gender: sex,
      birthYear,
      id: citizenId(birthProvince ?? province, sex, birthYear),
    };
  }

  return { person, fullName };
}
