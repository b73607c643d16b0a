/**
 * "Thành tích tóm tắt" sentences, one small pool per kind of nominee, filled with
 * the nominee's place and plausible figures, so no two rows read the same.
 */
const MODELS = ['trồng chè shan tuyết hữu cơ', 'nuôi lợn đen bản địa', 'trồng cây ăn quả có múi', 'nuôi cá nước lạnh', 'trồng quế xen chăn nuôi dê',
  'trồng rau an toàn trong nhà lưới', 'nuôi ong lấy mật', 'trồng mắc ca xen cà phê', 'trồng hồ tiêu sạch', 'trồng sầu riêng VietGAP', 'cà phê Robusta chất lượng cao'];
const CRITERIA = ['Giao thông', 'Thủy lợi và phòng, chống thiên tai', 'Trường học', 'Cơ sở vật chất văn hóa', 'Nhà ở dân cư', 'Thu nhập', 'Nghèo đa chiều', 'Môi trường và an toàn thực phẩm'];

const T = {
  'xa-ntm': [
    (p, r) => `Huy động ${r.int(18, 65)} tỷ đồng, trong đó Nhân dân đóng góp ${r.int(6, 35) * 100} triệu đồng và hiến ${r.int(6, 50) * 500} m² đất; xã ${p.commune} hoàn thành 19/19 tiêu chí, được công nhận đạt chuẩn nông thôn mới năm ${p.year}, không nợ đọng xây dựng cơ bản.`,
    (p, r) => `Năm ${p.year}, xã ${p.commune} cứng hóa thêm ${r.int(6, 24)} km đường trục thôn, bản; tỷ lệ hộ nghèo đa chiều giảm còn ${r.int(4, 12)},${r.int(1, 9)}%; thu nhập bình quân đạt ${r.int(38, 52)} triệu đồng/người/năm; đạt chuẩn nông thôn mới.`,
  ],
  'xa-top': [(p) => `Trong năm ${p.year}, xã ${p.commune} hoàn thành thêm ${p.gain} tiêu chí (từ ${p.prev} lên ${p.now} tiêu chí), nhiều nhất huyện ${p.district}; không phát sinh nợ đọng xây dựng cơ bản.`],
  thon: [(p, r) => `${p.village} vận động Nhân dân hiến ${r.int(8, 60) * 100} m² đất, góp ${r.int(6, 30) * 50} ngày công làm ${r.int(1, 4)},${r.int(1, 9)} km đường bê tông nội thôn, sửa nhà văn hóa; đạt chuẩn nông thôn mới năm ${p.year}.`],
  org: [(p, r) => `${p.name} liên kết sản xuất với ${r.int(40, 320)} hộ dân xã ${p.commune}; sản phẩm ${r.pick(MODELS)} đạt OCOP ${p.stars ?? 3} sao; ủng hộ ${p.contribution} triệu đồng xây dựng đường giao thông nông thôn.`],
  huyen: [(p) => `Huyện ${p.district} hoàn thành 9/9 tiêu chí huyện nông thôn mới, được Thủ tướng Chính phủ công nhận đạt chuẩn năm ${p.year}; không nợ đọng xây dựng cơ bản.`],
  'can-bo': [
    (p, r) => `Tham mưu chỉ đạo hoàn thành tiêu chí ${r.pick(CRITERIA)} của xã ${p.commune}; đề xuất giải pháp lồng ghép vốn các chương trình mục tiêu quốc gia, được áp dụng tại ${r.int(3, 12)} thôn, bản.`,
    (p, r) => `Bám cơ sở, hướng dẫn ${r.int(4, 15)} thôn, bản hoàn thiện hồ sơ đánh giá tiêu chí nông thôn mới; vận động Nhân dân hiến ${r.int(10, 80) * 100} m² đất làm đường.`,
  ],
  'lao-dong': [
    (p, r) => `Tiên phong hiến ${r.int(2, 15) * 100} m² đất và góp ${r.int(20, 90)} ngày công làm đường nội thôn; xây dựng mô hình ${r.pick(MODELS)} cho thu nhập ${r.int(150, 600)} triệu đồng/năm.`,
    (p, r) => `Phát triển mô hình ${r.pick(MODELS)}, tạo việc làm thường xuyên cho ${r.int(5, 30)} lao động địa phương; tích cực tham gia giữ gìn cảnh quan, môi trường thôn ${p.village ?? ''}.`.replace(' thôn .', '.'),
  ],
  'dong-gop': [(p) => `Ủng hộ ${p.contribution} triệu đồng tiền và vật liệu xây dựng nhà văn hóa, đường nội bản tại xã ${p.commune}; vận động người thân cùng tham gia xây dựng nông thôn mới.`],
  ho: [(p, r) => `Gia đình gương mẫu hiến ${r.int(2, 12) * 100} m² đất làm đường, chỉnh trang nhà ở, vườn hộ; phát triển kinh tế với mô hình ${r.pick(MODELS)}, thu nhập ${r.int(120, 400)} triệu đồng/năm.`],
};

/** A summary for `kind`, from the nominee's facts `p`. */
export function achievement(rng, kind, p) {
  return rng.pick(T[kind])(p, rng);
}
