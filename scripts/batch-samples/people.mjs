/**
 * Seeded randomness and people: names by community, birth years, and citizen
 * identity numbers (CCCD) shaped like real ones — province of birth registration,
 * century-and-sex digit, birth year — never repeated within a batch.
 */

// One seeded generator for all sample scripts (mulberry32 from an FNV-1a hash of the seed text).
export { createRng } from '../samples/rng.mjs';

const POOLS = {
  kinh: { surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Đinh', 'Phan', 'Hoàng', 'Trịnh', 'Cao'],
    male: [['Văn', 'Đức', 'Minh', 'Quang', 'Xuân', 'Hữu', 'Công', 'Mạnh'], ['Hùng', 'Dũng', 'Toàn', 'Tuấn', 'Hải', 'Long', 'Thắng', 'Cường', 'Bình', 'Trung', 'Hiếu', 'Sơn', 'Hưng', 'Đạt']],
    female: [['Thị', 'Thu', 'Thanh', 'Ngọc', 'Thị Thu', 'Hồng'], ['Hà', 'Lan', 'Hương', 'Mai', 'Hạnh', 'Thảo', 'Nga', 'Huyền', 'Trang', 'Yến', 'Hoa', 'Thúy', 'Phương', 'Linh']] },
  thai: { surnames: ['Lò', 'Lường', 'Tòng', 'Lù', 'Quàng', 'Hoàng', 'Vì', 'Cầm'],
    male: [['Văn'], ['Thanh', 'Hoan', 'Tiến', 'Biên', 'Pánh', 'Xiêng', 'Ương', 'Khum', 'Chiến', 'Phong', 'Tươi', 'Inh']],
    female: [['Thị'], ['Hương', 'Xuân', 'Ên', 'Ngoan', 'Chiêng', 'Thơm', 'Pọm', 'Bích', 'Dung', 'Hiên']] },
  hmong: { surnames: ['Giàng', 'Vàng', 'Sùng', 'Thào', 'Lý', 'Hảng', 'Mùa', 'Lầu', 'Hạng'],
    male: [['A'], ['Páo', 'Chinh', 'Lử', 'Sềnh', 'Chứ', 'Dế', 'Tủa', 'Sình', 'Chá', 'Khua', 'Lồng', 'Vư']],
    female: [['Thị'], ['Mai', 'Mỷ', 'Sua', 'Dợ', 'Ly', 'Chư', 'Dua', 'Say', 'Pà', 'Sinh']] },
  dao: { surnames: ['Tẩn', 'Chảo', 'Lý', 'Phàn', 'Triệu', 'Đặng', 'Bàn'],
    male: [['Láo', 'Văn', 'Kiềm'], ['San', 'Lở', 'Tả', 'Chiêu', 'Phẩy', 'Chang', 'Quẩy', 'Khé', 'Vảng', 'Seng']],
    female: [['Mý', 'Thị'], ['Mẩy', 'Chiêm', 'Phù', 'Sành', 'Dín', 'Mây', 'Xứ', 'Lai', 'Nái']] },
  tay: { surnames: ['Nông', 'Hoàng', 'Lục', 'Đàm', 'Triệu', 'Lương', 'Bế', 'Mã', 'Lâm', 'Hà', 'Ma'],
    male: [['Văn', 'Đình', 'Quốc'], ['Tuấn', 'Thiện', 'Kiên', 'Cương', 'Hậu', 'Chung', 'Quý', 'Thạch', 'Vượng', 'Khiêm']],
    female: [['Thị'], ['Thu', 'Hạnh', 'Thúy', 'Mến', 'Vân', 'Bích', 'Tuyết', 'Ngân', 'Liên']] },
  mnong: { surnames: [''],
    male: [['Điểu', 'Y'], ["K'Rế", 'Xiêng', 'Bliêng', 'Đăm', 'Thịnh', 'Brông', 'Ngông', "K'Lưn", 'Dũng']],
    female: [['Thị', "H'"], ['Hơl', 'Bông', 'Rin', 'Ngơn', 'Lưm', 'Nguyên', 'Plơi']] },
};

/** CCCD province codes (place of birth registration). */
const PROVINCE_CODE = { 'Lai Châu': '012', 'Đắk Nông': '067' };

/** A generator of people for one batch; names and identity numbers never repeat in it. */
export function createPeople(rng, province) {
  const names = new Set();
  const ids = new Set();
  return function person(group, gender = rng.chance(0.45) ? 'Nữ' : 'Nam', year = 2024) {
    const pool = POOLS[group] ?? POOLS.kinh;
    const [middles, givens] = gender === 'Nữ' ? pool.female : pool.male;
    let name;
    do name = [rng.pick(pool.surnames), rng.pick(middles), rng.pick(givens)].filter(Boolean).join(' ').replace("H' ", "H'");
    while (names.has(name) && names.size < 5000);
    names.add(name);
    const birthYear = rng.int(1962, year - 24);
    let id;
    do id = `${PROVINCE_CODE[province] ?? '001'}${(birthYear >= 2000 ? 2 : 0) + (gender === 'Nữ' ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}${rng.digits(6)}`;
    while (ids.has(id));
    ids.add(id);
    return { name, gender, birthYear, id };
  };
}
