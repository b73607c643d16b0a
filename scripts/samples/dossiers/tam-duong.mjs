/**
 * Tam Đường plan: the peak campaign for the district's 20th anniversary
 * (to 30/8/2022). Round `Đợt cao điểm`, year 2022, only Giấy khen of the district
 * chairman and Bằng khen of the provincial chairman, each nomination tagged with a
 * content area of part III; submitted on 06/9/2022 (after 30/8, before 21/9).
 * The plan has one basis, so `Căn cứ đề nghị` is left empty.
 */
import { createRng } from '../rng.mjs';
import { buildCommunes } from '../communes.mjs';
import { createKit, makeDossier } from '../build.mjs';
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';

const YEAR = 2022;
const GK = FORMS.gkHuyen;
const BK = FORMS.bkTinh;

/** Huyện Tam Đường, đợt thi đua cao điểm 2022. */
export function tamDuongPeak2022() {
  const rng = createRng('tam-duong/dot-cao-diem-2022');
  const communes = buildCommunes(rng, 'tam-duong-2022');
  const groups = { 'Bình Lư': ['thai', 'kinh'], 'Bản Bo': ['thai'], 'Khun Há': ['hmong'], 'Nùng Nàng': ['hmong', 'dao'], 'Tả Lèng': ['hmong', 'dao'], 'Sơn Bình': ['kinh', 'hmong'], 'Hồ Thầu': ['dao'] };
  const k = createKit({ rng, districtKey: 'tam-duong-2022', province: 'Lai Châu', district: 'Tam Đường', year: YEAR, groups, defaultGroups: ['kinh', 'thai'], communes });
  const office = (name, form, content, kind = content) => k.org({ name, type: 'Cơ quan, đơn vị', form, content, kind });
  const staff = (spec) => k.person({ role: 'can-bo-huyen', ...spec });

  const collectives = [
    office('Phòng Nông nghiệp và Phát triển nông thôn huyện Tam Đường', BK, '2.1', '2.1-co-quan'),
    k.commune({ commune: 'Bình Lư', form: BK, content: '1', kind: '1-xa' }),
    office('Trường Phổ thông Dân tộc bán trú THCS xã Khun Há', GK, '2.2', '2.2-giao-duc'),
    office('Trạm Y tế xã Bản Bo', GK, '2.2', '2.2-y-te'),
    office('Bộ phận Tiếp nhận và Trả kết quả huyện Tam Đường', GK, '2.3'),
    office('Phòng Nội vụ huyện Tam Đường', GK, '2.4'),
    office('Công an xã Nùng Nàng', GK, '2.5', '2.5-an-ninh'),
    k.village({ commune: 'Bình Lư', village: 'Bản Nà Cơ', form: GK, content: '2.6', kind: '2.6' }),
    k.village({ commune: 'Tả Lèng', village: 'Bản Phìn Ngan', form: GK, content: '2.1', kind: '2.1-tap-the' }),
    k.org({ name: 'Hợp tác xã Chè Tả Lèng', type: 'Hợp tác xã', commune: 'Tả Lèng', form: GK, content: '2.1', kind: '2.1-tap-the' }),
  ];

  const individuals = [
    staff({ title: 'Trưởng phòng Tài chính - Kế hoạch', office: 'Phòng Tài chính - Kế hoạch', group: 'kinh', gender: 'Nam', form: BK, content: '1', kind: '1-huyen' }),
    staff({ title: 'Phó Trưởng phòng Nông nghiệp và PTNT', office: 'Phòng Nông nghiệp và Phát triển nông thôn', group: 'thai', gender: 'Nữ', form: BK, content: '2.1', kind: '2.1-co-quan' }),
    staff({ title: 'Hiệu trưởng', office: 'Trường Tiểu học xã Sơn Bình', group: 'kinh', gender: 'Nữ', form: GK, content: '2.2', kind: '2.2-giao-duc' }),
    staff({ title: 'Bác sĩ, Phó Giám đốc Trung tâm Y tế', office: 'Trung tâm Y tế huyện Tam Đường', group: 'kinh', gender: 'Nam', form: GK, content: '2.2', kind: '2.2-y-te' }),
    staff({ title: 'Chuyên viên Văn phòng HĐND và UBND', office: 'Văn phòng HĐND và UBND', group: 'thai', gender: 'Nữ', form: GK, content: '2.3', kind: '2.3' }),
    staff({ title: 'Chuyên viên Phòng Nội vụ', office: 'Phòng Nội vụ', group: 'kinh', gender: 'Nam', form: GK, content: '2.4', kind: '2.4' }),
    staff({ title: 'Đại úy, Đội trưởng Đội Cảnh sát giao thông', office: 'Công an huyện Tam Đường', group: 'kinh', gender: 'Nam', subject: 'lucLuong', form: BK, content: '2.5', kind: '2.5-an-ninh' }),
    staff({ title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện', office: 'Ủy ban MTTQ Việt Nam huyện Tam Đường', group: 'thai', gender: 'Nam', form: GK, content: '2.6', kind: '2.6' }),
    k.person({ role: 'chu-tich-xa', commune: 'Khun Há', group: 'hmong', gender: 'Nam', form: GK, content: '1', kind: '1-xa' }),
    k.person({ role: 'cong-chuc-vhxh', commune: 'Bản Bo', group: 'thai', gender: 'Nữ', form: GK, content: '2.2', kind: '2.2-van-hoa' }),
    k.person({ role: 'truong-thon', commune: 'Nùng Nàng', village: 'Bản Cò Lá', group: 'hmong', gender: 'Nam', form: GK, content: '2.5', kind: '2.5-an-ninh' }),
    k.person({ role: 'nong-dan', commune: 'Sơn Bình', village: 'Bản Lản Nhì Thàng', group: 'hmong', gender: 'Nữ', form: GK, content: '2.1', kind: '2.1-ho' }),
    k.person({ role: 'chu-tich-hoi-nd', commune: 'Hồ Thầu', group: 'dao', gender: 'Nam', form: GK, content: '2.6', kind: '2.6' }),
    k.person({ role: 'nong-dan', commune: 'Bình Lư', village: 'Bản Nà Luồng', group: 'thai', gender: 'Nam', form: GK, content: '2.1', kind: '2.1-ho' }),
  ];

  const info = {
    province: 'Lai Châu', district: 'Tam Đường', unit: 'UBND huyện Tam Đường', unitLevel: 'Huyện', year: YEAR, round: 'Đợt cao điểm',
    submittedOn: day(6, 9, YEAR), docNo: '312/TTr-UBND', districtLevel: 'Chưa đạt', districtDebt: 0,
    signer: 'Hoàng Văn Thịnh', signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
  };
  return makeDossier({
    info,
    movement: 'Đợt thi đua cao điểm chào mừng 20 năm thành lập huyện Tam Đường',
    hide: { communes: ['fourOnSite', 'gardens'], individuals: ['mgmtLevel', 'contribution', 'ocop'], collectives: ['recognized', 'contribution', 'ocop'] },
    communes, collectives, individuals,
  });
}
