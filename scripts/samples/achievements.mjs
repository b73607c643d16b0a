/**
 * "Thành tích tóm tắt" writers: several sentence patterns per kind of nominee,
 * filled with the nominee's commune, village and plausible figures. Patterns of a
 * kind are used in a shuffled cycle so a dossier rarely repeats one.
 */

import { vnNumber } from './text.mjs';

const CRITERIA = ['Giao thông', 'Thủy lợi và phòng, chống thiên tai', 'Trường học', 'Cơ sở vật chất văn hóa',
  'Nhà ở dân cư', 'Thu nhập', 'Nghèo đa chiều', 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Môi trường và an toàn thực phẩm', 'Y tế', 'Văn hóa', 'Thông tin và Truyền thông'];

const MODELS = ['trồng chè shan tuyết theo hướng hữu cơ', 'nuôi lợn đen bản địa', 'trồng cây ăn quả có múi',
  'nuôi cá nước lạnh', 'trồng quế kết hợp chăn nuôi dê', 'trồng rau an toàn trong nhà lưới', 'nuôi ong lấy mật',
  'trồng dong riềng và làm miến', 'nuôi trâu vỗ béo', 'trồng mắc ca xen cà phê', 'trồng hồ tiêu sạch', 'trồng cam sành VietGAP'];

const INITIATIVES = ['Quy trình lồng ghép vốn các chương trình mục tiêu quốc gia cấp xã',
  'Sổ tay theo dõi tiến độ 19 tiêu chí theo từng thôn, bản',
  'Mô hình "Đường hoa do phụ nữ tự quản" gắn với tiêu chí môi trường',
  'Giải pháp số hóa hồ sơ đánh giá tiêu chí nông thôn mới',
  'Cách làm "Nhà nước hỗ trợ xi măng, Nhân dân góp công, hiến đất" làm đường nội bản',
  'Quy chế phối hợp giữa tổ công nghệ số cộng đồng và trưởng bản'];

const T = {
  'xa-ntm': [
    (c, r) => `Đảng bộ, chính quyền và Nhân dân xã ${c.xa} huy động ${r.int(18, 65)} tỷ đồng, trong đó Nhân dân đóng góp ${r.amount(600, 3500, 50)} triệu đồng và hiến ${r.amount(3000, 25000, 500)} m² đất; hoàn thành 19/19 tiêu chí, được công nhận xã đạt chuẩn nông thôn mới năm ${c.recognized}.`,
    (c, r) => `Năm ${c.recognized}, xã ${c.xa} cứng hóa thêm ${r.int(6, 24)} km đường trục thôn, bản; tỷ lệ hộ nghèo đa chiều giảm còn ${r.int(4, 12)},${r.int(1, 9)}%; thu nhập bình quân đạt ${r.int(38, 52)} triệu đồng/người/năm; đạt chuẩn nông thôn mới, không nợ đọng xây dựng cơ bản.`,
    (c, r) => `Xã ${c.xa} là điểm sáng của huyện ${c.huyen} trong xây dựng nông thôn mới: ${r.int(85, 100)}% hộ dân tham gia hiến đất, góp công; xây dựng ${r.int(3, 9)} nhà văn hóa thôn, bản; được công nhận đạt chuẩn năm ${c.recognized}.`,
  ],
  'xa-nang-cao': [
    (c, r) => `Xã ${c.xa} duy trì bền vững 19/19 tiêu chí, được công nhận xã nông thôn mới nâng cao năm ${c.recognized}; thu nhập bình quân đạt ${r.int(50, 68)} triệu đồng/người/năm, ${r.int(2, 5)} sản phẩm đạt OCOP 3 sao.`,
  ],
  'xa-kieu-mau': [
    (c) => `Xã ${c.xa} được công nhận xã nông thôn mới kiểu mẫu năm ${c.recognized} với lĩnh vực nổi trội về phát triển sản xuất hàng hóa; ${c.villagesModel} thôn đạt chuẩn thôn nông thôn mới kiểu mẫu, ${c.gardens} vườn mẫu nông thôn mới.`,
  ],
  'xa-top': [
    (c) => `Trong năm ${c.year}, xã ${c.xa} hoàn thành thêm ${c.gain} tiêu chí (từ ${c.prev} lên ${c.now} tiêu chí), nhiều nhất huyện ${c.huyen}; không phát sinh nợ đọng xây dựng cơ bản.`,
  ],
  'thon-ntm': [
    (c, r) => `${c.thon} huy động Nhân dân hiến ${r.amount(800, 6000, 100)} m² đất, góp ${r.amount(300, 1500, 50)} ngày công làm ${r.int(1, 4)},${r.int(1, 9)} km đường bê tông nội ${c.unit}, sửa chữa nhà văn hóa; đạt chuẩn nông thôn mới năm ${c.recognized}.`,
    (c, r) => `${c.thon} có ${r.int(92, 100)}% hộ đạt danh hiệu "Gia đình văn hóa", thu nhập bình quân tăng ${r.int(15, 35)}% so với năm trước; được công nhận ${c.unit} đạt chuẩn nông thôn mới năm ${c.recognized}.`,
    (c, r) => `Cộng đồng ${c.thon} tự quản ${r.int(2, 6)} km đường hoa, xây dựng quy ước giữ gìn vệ sinh môi trường; hoàn thành các tiêu chí ${c.unit} nông thôn mới năm ${c.recognized}.`,
  ],
  htx: [
    (c, r) => `Liên kết với ${r.int(40, 260)} hộ sản xuất ${c.product}; sản phẩm đạt OCOP ${c.ocop} sao; giải quyết việc làm cho ${r.int(15, 80)} lao động; ủng hộ ${c.contribution} triệu đồng làm đường giao thông nông thôn.`,
    (c, r) => `Xây dựng chuỗi giá trị ${c.product} khép kín từ vùng nguyên liệu ${r.int(30, 250)} ha đến tiêu thụ; sản phẩm OCOP ${c.ocop} sao; đóng góp ${c.contribution} triệu đồng cho xây dựng nông thôn mới của xã.`,
  ],
  dn: [
    (c, r) => `Doanh nghiệp ủng hộ ${c.contribution} triệu đồng xây dựng nhà văn hóa và đường nội bản; tuyển dụng ${r.int(20, 120)} lao động địa phương với thu nhập ${r.int(6, 9)} triệu đồng/tháng.`,
    (c, r) => `Tài trợ ${c.contribution} triệu đồng kinh phí xi măng, sắt thép cho ${r.int(3, 8)} công trình giao thông nông thôn; bao tiêu sản phẩm ${c.product} cho người dân trên địa bàn.`,
  ],
  'can-bo-xa': [
    (c, r) => `Bám sát cơ sở, tham mưu UBND xã triển khai hiệu quả Chương trình MTQG xây dựng nông thôn mới; trực tiếp phụ trách tiêu chí ${r.pick(CRITERIA)}, góp phần đưa xã ${c.xa} đạt chuẩn năm ${c.recognized}.`,
    (c, r) => `Vận động ${r.int(120, 450)} hộ dân hiến ${r.amount(2000, 12000, 500)} m² đất làm đường; tổ chức ${r.int(10, 40)} hội nghị tuyên truyền về xây dựng nông thôn mới tại các thôn, bản của xã ${c.xa}.`,
    (c) => `Tham mưu hoàn thiện hồ sơ, minh chứng 19/19 tiêu chí; theo dõi chặt chẽ các công trình, không để phát sinh nợ đọng xây dựng cơ bản; xã ${c.xa} được công nhận đạt chuẩn nông thôn mới năm ${c.recognized}.`,
  ],
  'can-bo-xa-tien-do': [
    (c, r) => `Tham mưu Đảng ủy, UBND xã ${c.xa} hoàn thành thêm ${c.gain} tiêu chí trong năm ${c.year}, nâng tổng số lên ${c.now}/19 tiêu chí; vận động Nhân dân hiến ${r.amount(1000, 8000, 500)} m² đất làm đường.`,
    (c, r) => `Bám địa bàn, hướng dẫn ${r.int(3, 9)} ${c.villageWord} xây dựng kế hoạch thực hiện tiêu chí nông thôn mới; góp phần đưa xã ${c.xa} đạt ${c.now}/19 tiêu chí năm ${c.year}.`,
  ],
  'can-bo-huyen': [
    (c, r) => `Có sáng kiến "${r.pick(INITIATIVES)}" được Hội đồng sáng kiến huyện công nhận, áp dụng tại ${r.int(4, 12)} xã.`,
    (c, r) => `Tham mưu UBND huyện ban hành ${r.int(3, 8)} kế hoạch, hướng dẫn thực hiện bộ tiêu chí nông thôn mới giai đoạn 2021-2025; thường xuyên xuống cơ sở tháo gỡ khó khăn cho ${r.int(3, 9)} xã.`,
    (c, r) => `Theo dõi, tổng hợp tiến độ 19 tiêu chí của các xã; đề xuất phân bổ ${r.int(25, 90)} tỷ đồng vốn Chương trình MTQG đúng đối tượng, giải ngân đạt ${r.int(95, 100)}%.`,
  ],
  'truong-ban': [
    (c, r) => `Là ${c.role}, vận động ${r.int(40, 150)} hộ dân góp ${r.amount(300, 1200, 50)} ngày công làm đường, xây dựng nhà văn hóa; ${c.thon} đạt chuẩn nông thôn mới.`,
    (c, r) => `Gương mẫu đi đầu hiến ${r.amount(200, 900, 50)} m² đất, vận động bà con chỉnh trang nhà ở, xây nhà tiêu hợp vệ sinh; tỷ lệ hộ nghèo của ${c.thon} giảm ${r.int(5, 15)}% trong năm.`,
  ],
  'nong-dan': [
    (c, r) => `Tự nguyện hiến ${r.amount(200, 1500, 50)} m² đất và góp ${r.int(30, 120)} ngày công mở rộng đường liên bản; phát triển mô hình ${r.pick(MODELS)} cho thu nhập ${r.int(120, 450)} triệu đồng/năm.`,
    (c, r) => `Phát triển mô hình ${r.pick(MODELS)} quy mô ${r.int(2, 8)} ha, tạo việc làm cho ${r.int(5, 20)} lao động; hướng dẫn kỹ thuật cho ${r.int(20, 60)} hộ trong ${c.thon}.`,
    (c, r) => `Là nông dân sản xuất, kinh doanh giỏi cấp huyện; giúp đỡ ${r.int(5, 18)} hộ nghèo giống, vốn để phát triển sản xuất; đóng góp ${r.int(10, 40)} triệu đồng xây dựng nhà văn hóa ${c.thon}.`,
  ],
  'dong-gop': [
    (c) => `Ủng hộ ${c.contribution} triệu đồng bằng tiền và vật liệu để bê tông hóa đường nội ${c.unit} và xây dựng nhà văn hóa ${c.thon}.`,
    (c, r) => `Hiến ${r.amount(500, 2500, 50)} m² đất sản xuất (trị giá khoảng ${c.contribution} triệu đồng) để mở rộng đường trục xã và xây dựng sân thể thao ${c.thon}.`,
    (c, r) => `Chuyển giao kỹ thuật ${r.pick(MODELS)} cho ${r.int(25, 90)} hộ, giá trị hỗ trợ giống và vật tư ${c.contribution} triệu đồng.`,
  ],
  'ho-gia-dinh': [
    (c, r) => `Gia đình gương mẫu hiến ${r.amount(300, 1500, 50)} m² đất làm đường nội ${c.unit}, chỉnh trang nhà ở, xây nhà tiêu hợp vệ sinh; phát triển mô hình ${r.pick(MODELS)} thu nhập ${r.int(150, 400)} triệu đồng/năm.`,
    (c, r) => `Hộ tiêu biểu của ${c.thon}: tự làm ${r.int(40, 200)} m tường rào xanh, góp ${r.int(20, 60)} ngày công xây nhà văn hóa, giúp ${r.int(3, 10)} hộ nghèo vay vốn không lãi để sản xuất.`,
  ],
  'doanh-nhan': [
    (c, r) => `Đóng góp ${c.contribution} triệu đồng xây dựng ${r.int(2, 6)} cầu dân sinh và đường bê tông nội bản; nhận bao tiêu nông sản cho ${r.int(50, 300)} hộ dân.`,
    (c, r) => `Tài trợ ${c.contribution} triệu đồng mua xi măng làm đường giao thông nông thôn, tặng ${r.int(20, 80)} suất học bổng cho học sinh nghèo vượt khó.`,
  ],
};

// The peak campaign of Tam Đường (2022), by content area of part III and kind of nominee.
const PEAK = {
  '1-huyen': [(c, r) => `Tham mưu hoàn thành ${r.int(19, 22)}/${r.int(23, 25)} chỉ tiêu chủ yếu của Nghị quyết HĐND huyện năm 2022 ngay trong đợt thi đua cao điểm chào mừng 20 năm thành lập huyện.`],
  '1-xa': [(c, r) => `Lãnh đạo xã ${c.xa} hoàn thành ${r.int(14, 17)}/${r.int(17, 18)} chỉ tiêu kinh tế - xã hội năm 2022 ngay trong đợt thi đua cao điểm; tổng sản lượng lương thực tăng ${r.int(3, 9)}% so với cùng kỳ.`,
    (c, r) => `Hoàn thành vượt ${r.int(3, 15)}% các chỉ tiêu kinh tế - xã hội năm 2022 được giao ngay trong đợt thi đua cao điểm chào mừng 20 năm thành lập huyện; dẫn đầu khối thi đua các xã.`],
  '2.1-co-quan': [(c, r) => `Tham mưu phát triển ${r.int(60, 180)} ha chè, mắc ca theo chuỗi giá trị; hỗ trợ ${r.int(2, 4)} sản phẩm đạt OCOP 3 sao phục vụ kỷ niệm 20 năm thành lập huyện.`],
  '2.1-tap-the': [(c, r) => `Trồng mới ${r.int(8, 30)} ha chè shan tuyết, liên kết tiêu thụ với doanh nghiệp; thu nhập bình quân của hộ dân tăng ${r.int(10, 25)}% so với năm 2021.`,
    (c, r) => `Chuyển đổi ${r.int(5, 20)} ha đất lúa kém hiệu quả sang trồng cây ăn quả; xây dựng ${r.int(1, 3)} mô hình sản xuất theo hướng hữu cơ trong đợt thi đua.`],
  '2.1-ho': [(c, r) => `Xây dựng mô hình ${r.pick(MODELS)} đạt doanh thu ${r.int(300, 900)} triệu đồng trong 8 tháng đầu năm 2022, tạo việc làm cho ${r.int(8, 40)} lao động.`,
    (c, r) => `Mở rộng mô hình ${r.pick(MODELS)} lên ${r.int(2, 6)} ha, hướng dẫn kỹ thuật cho ${r.int(15, 50)} hộ trong bản cùng làm theo.`],
  '2.2-giao-duc': [(c, r) => `Duy trì phổ cập giáo dục, ${r.int(95, 100)}% học sinh ra lớp trong năm học 2021-2022; trường được công nhận đạt chuẩn quốc gia mức độ ${r.int(1, 2)}.`,
    (c, r) => `Tỷ lệ học sinh lên lớp đạt ${r.int(97, 100)}%, có ${r.int(3, 12)} học sinh giỏi cấp huyện, cấp tỉnh trong năm học 2021-2022.`],
  '2.2-y-te': [(c, r) => `Khám, chữa bệnh cho ${r.int(2000, 9000)} lượt người; tiêm vắc xin phòng Covid-19 đạt ${r.int(95, 99)}% đối tượng trên địa bàn.`],
  '2.2-van-hoa': [(c, r) => `Tổ chức ${r.int(15, 40)} buổi văn nghệ, thể thao chào mừng 20 năm thành lập huyện; ${r.int(90, 100)}% hộ đạt danh hiệu "Gia đình văn hóa".`],
  '2.3': [(c, r) => `Giải quyết ${r.int(1200, 5000)} hồ sơ thủ tục hành chính đúng và trước hạn; tỷ lệ hồ sơ trực tuyến đạt ${r.int(45, 80)}%.`,
    (c, r) => `Triển khai tiếp nhận hồ sơ qua dịch vụ công trực tuyến mức độ 4, rút ngắn ${r.int(20, 40)}% thời gian giải quyết thủ tục cho người dân.`],
  '2.4': [(c, r) => `Tham mưu sắp xếp ${r.int(3, 12)} thôn, bản và kiện toàn bộ máy; ban hành ${r.int(4, 10)} quy chế làm việc, không để xảy ra khiếu kiện kéo dài.`,
    (c, r) => `Rà soát, chuẩn hóa ${r.int(80, 300)} hồ sơ cán bộ, công chức; tham mưu đánh giá, xếp loại đúng quy định trong đợt thi đua.`],
  '2.5-an-ninh': [(c, r) => `Giữ vững an ninh trật tự trên địa bàn, phát hiện và xử lý ${r.int(3, 15)} vụ việc vi phạm; ${r.int(95, 100)}% thôn, bản đạt danh hiệu "An toàn về an ninh, trật tự".`,
    (c, r) => `Vận động Nhân dân giao nộp ${r.int(2, 9)} khẩu súng tự chế; duy trì tổ an ninh tự quản, không để xảy ra mất an ninh trật tự trong dịp kỷ niệm 20 năm thành lập huyện.`],
  '2.5-quan-su': [(c, r) => `Hoàn thành 100% chỉ tiêu tuyển quân năm 2022; huấn luyện dân quân đạt loại giỏi; bảo đảm an toàn các hoạt động kỷ niệm 20 năm thành lập huyện.`],
  '2.6': [(c, r) => `Vận động ${r.int(150, 600)} đoàn viên, hội viên tham gia ${r.int(8, 30)} công trình thanh niên, phụ nữ chào mừng 20 năm thành lập huyện.`,
    (c, r) => `Phối hợp vận động Quỹ "Vì người nghèo" được ${r.int(150, 400)} triệu đồng, hỗ trợ xây dựng ${r.int(2, 6)} nhà Đại đoàn kết cho hộ nghèo.`,
    (c, r) => `Duy trì ${r.int(3, 8)} tổ hòa giải, câu lạc bộ "Dân vận khéo"; vận động ${r.int(40, 150)} hộ ký cam kết giữ gìn vệ sinh môi trường bản.`],
};

/** Returns `write(kind, context)` giving one summary sentence of that kind. */
export function createSummaries(rng) {
  const cycles = new Map();
  // Figures in sentences are written the Vietnamese way: 17.500 m², 1.150 triệu đồng.
  const r = { ...rng, int: (a, b) => vnNumber(rng.int(a, b)), amount: (a, b, step) => vnNumber(rng.amount(a, b, step)) };
  return function write(kind, context = {}) {
    const patterns = T[kind] ?? PEAK[kind];
    if (!patterns) throw new Error(`no achievement pattern for ${kind}`);
    let cycle = cycles.get(kind);
    if (!cycle || cycle.length === 0) {
      cycle = rng.shuffle(patterns);
      cycles.set(kind, cycle);
    }
    const ctx = { ...context, contribution: context.contribution === undefined ? undefined : vnNumber(context.contribution) };
    return cycle.pop()(ctx, r);
  };
}
