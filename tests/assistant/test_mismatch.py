"""Near-neighbour detection (assistant.answer.mismatch): contrasts, slots, and places/bodies of another name."""

from __future__ import annotations

from assistant.answer.mismatch import conflicts, headed_names

NONE: frozenset[str] = frozenset()


def test_contrast_group_member_replaced_by_another() -> None:
    task = "Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép lái xe quốc tế"
    assert conflicts("Hạn cấp giấy phép lái xe trong nước là khi nào?", task, NONE)
    assert not conflicts("Hạn cấp giấy phép lái xe quốc tế là khi nào?", task, NONE)
    # unaccented questions fold the same way; a unit stating neither member is no conflict
    assert conflicts("han cap giay phep lai xe trong nuoc?", task, NONE)
    assert not conflicts("Hạn cấp giấy phép lái xe trong nước?", "Cấp giấy phép lái xe", NONE)


def test_longer_member_wins() -> None:
    assert conflicts("Đơn vị sự nghiệp công lập nào?", "Các đơn vị ngoài công lập", NONE)
    assert not conflicts("Đơn vị ngoài công lập nào?", "Các đơn vị ngoài công lập", NONE)


def test_slot_filled_with_other_words() -> None:
    unit = "Cắt giảm 30% thời gian giải quyết TTHC lĩnh vực đầu tư, đất đai"
    assert conflicts("Ai cắt giảm thời gian giải quyết TTHC lĩnh vực giáo dục?", unit, NONE)
    assert not conflicts("Ai cắt giảm thời gian giải quyết TTHC lĩnh vực đất đai?", unit, NONE)


def test_place_of_another_name() -> None:
    unit = "Thí điểm cấp phép du lịch biển đảo trực tuyến tại đặc khu Vân Đồn; chủ trì: UBND đặc khu Vân Đồn"
    assert conflicts("Ai chủ trì thí điểm cấp phép du lịch ở đặc khu Cô Tô?", unit, NONE)
    assert not conflicts("Ai chủ trì thí điểm cấp phép du lịch ở đặc khu Vân Đồn?", unit, NONE)
    # the plan's own province is never a conflict, nor a unit that names no place of that kind
    assert not conflicts("Tỉnh Quảng Ninh thí điểm gì ở Vân Đồn?", "tỉnh Lâm Đồng", frozenset({"quang", "ninh"}))
    assert not conflicts("Phòng Tổ chức - Pháp chế đánh giá viên chức khi nào?", "Đánh giá viên chức hằng tháng", NONE)


def test_body_heads_are_capitalised_place_heads_need_not_be() -> None:
    names = headed_names("Sở Nội vụ, UBND xã Tiên Yên và các chủ sở hữu Nhà nước")
    assert names == {("so", "noi"), ("xa", "tien")}


def test_english_questions_judge_contrasts_only() -> None:
    unit = "Cấp giấy phép lái xe quốc tế tại Sở Xây dựng"
    assert conflicts("When is the domestic licence service due?", unit + " international", NONE)
    assert not conflicts("When must the Department of Home Affairs finish it?", unit, NONE)


def test_accented_slot_only_on_accented_questions() -> None:
    unit = "Phòng Văn hóa - Xã hội chủ trì số hóa sổ hộ tịch lưu trữ tại xã"
    assert conflicts("Ai chủ trì số hóa sổ địa chính lưu trữ tại xã?", unit, NONE)
    assert not conflicts("Ai chủ trì số hóa sổ hộ tịch lưu trữ tại xã?", unit, NONE)
    # without diacritics "so" may be "số" or "sở": not judged
    assert not conflicts("ai chu tri so hoa so dia chinh luu tru tai xa?", unit, NONE)


def test_a_label_number_after_the_same_word_is_a_neighbour_but_a_quantity_is_not() -> None:
    from assistant.answer.mismatch import numeral_conflicts

    assert numeral_conflicts("Phòng nào chủ trì cấp phép trong khu vực bảo vệ I của Kinh thành?",
                             "Cấp phép trực tuyến đối với công trình trong khu vực bảo vệ II của di tích") == ["ve i≠ve ii"]
    assert numeral_conflicts("tuyển sinh lớp 6 trực tuyến", "Tuyển sinh lớp 10 trực tuyến") == ["lop 6≠lop 10"]
    assert numeral_conflicts("cấp giấy chứng nhận trong 2 ngày", "cấp giấy chứng nhận trong 02 ngày làm việc") == []
    assert numeral_conflicts("kích hoạt định danh mức độ 02", "định danh điện tử mức độ 2") == []


def test_slot_after_a_shared_anchor_filled_with_other_words() -> None:
    """No lexicon entry: the two words before the filler anchor it; the plan never states the question's filler."""
    from assistant.answer.fillers import PlanView, filler_conflicts

    task = "Cấp mã số vùng trồng cà phê, sầu riêng phục vụ xuất khẩu theo hình thức trực tuyến toàn trình"
    plan = PlanView(" cap ma so vung trong ca phe sau rieng phuc vu xuat khau ", frozenset({"lam", "dong"}))
    assert filler_conflicts("Lâm Đồng giao ai cấp mã số vùng trồng hồ tiêu phục vụ xuất khẩu?", task, plan)
    assert not filler_conflicts("Lâm Đồng giao ai cấp mã số vùng trồng cà phê phục vụ xuất khẩu?", task, plan)
    # the plan states the filler elsewhere: the unit is merely the wrong one, not a neighbour
    elsewhere = PlanView(plan.phrases + "vung trong ho tieu ", plan.identity)
    assert not filler_conflicts("Ai cấp mã số vùng trồng hồ tiêu phục vụ xuất khẩu?", task, elsewhere)
    # the plan's own name, an abbreviation of the unit's words and a verb after the task are no filler
    unit = "Cấp Phiếu lý lịch tư pháp trực tuyến cho công dân"
    view = PlanView(" cap phieu ly lich tu phap truc tuyen cho cong dan ", frozenset({"dong", "nai"}))
    assert not filler_conflicts("Ai cấp Phiếu LLTP trực tuyến ở Đồng Nai?", unit, view)
    assert not filler_conflicts("Thủ tục cấp phiếu phải đưa lên trực tuyến khi nào?", unit, view)
    # through the combined check, with the plan given
    assert conflicts("Ai chủ trì trợ giúp pháp lý lưu động cho trẻ em tại các xã biên giới?",
                     "Trợ giúp pháp lý lưu động cho người dân tộc thiểu số tại các xã biên giới Mường Lát", NONE,
                     plan=PlanView(" tro giup phap ly luu dong ", NONE))


def test_one_word_filler_judged_with_the_word_before_it() -> None:
    """"cảng biển" for "cảng cá", "chế biến gỗ" for "chế biến chè": one word is a neighbour when the plan never says
    it after the same word; a word the unit has elsewhere, an acronym or a number is no filler."""
    from assistant.answer.fillers import PlanView, filler_conflicts

    task = "Ban hành quy định phân cấp quản lý cảng cá, bến cá trên địa bàn tỉnh"
    plan = PlanView(" ban hanh quy dinh phan cap quan ly cang ca ben ca ubnd cac xa ven bien ", NONE)
    assert filler_conflicts("Quảng Ngãi giao ai ban hành quy định phân cấp quản lý cảng biển?", task, plan)
    assert not filler_conflicts("Ai ban hành quy định phân cấp quản lý cảng cá?", task, plan)
    said = PlanView(plan.phrases + "quan ly cang bien ", NONE)  # the plan says "cảng biển" elsewhere
    assert not filler_conflicts("Ai ban hành quy định phân cấp quản lý cảng biển?", task, said)
    unit = "Rút ngắn thời gian cấp giấy chứng nhận đầu tư cho dự án trong khu công nghiệp xuống còn 10 ngày"
    view = PlanView(" rut ngan thoi gian cap giay chung nhan dau tu cho du an ", NONE)
    assert not filler_conflicts("Ai rút ngắn thời gian cấp giấy chứng nhận đầu tư xuống 10 ngày?", unit, view)
    sipas = "Chỉ số hài lòng của người dân, doanh nghiệp (SIPAS) đạt trên 88%."
    assert not filler_conflicts("Chỉ số hài lòng SIPAS đạt bao nhiêu?", sipas, PlanView(" chi so hai long ", NONE))
    chè = "Cấp giấy chứng nhận an toàn thực phẩm cho cơ sở chế biến chè"
    assert filler_conflicts("ai cap giay chung nhan an toan thuc pham cho co so che bien go?", chè,
                            PlanView(" cap giay chung nhan an toan thuc pham co so che bien che ", NONE))


def test_fillers_across_commas_function_word_fillers_and_asked_slots() -> None:
    """A comma lists one slot's fillers; "việc làm" fills a slot; "cơ quan nào" is the asked slot, no filler."""
    from assistant.answer.fillers import PlanView, filler_conflicts

    civil = "Số hóa kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch, chứng thực tại UBND cấp xã"
    view = PlanView(" so hoa ket qua giai quyet thu tuc hanh chinh linh vuc ho tich chung thuc ", NONE)
    assert filler_conflicts("Ai số hóa kết quả giải quyết TTHC hộ tịch, thú y ở cấp xã?", civil, view)
    assert not filler_conflicts("Ai số hóa kết quả giải quyết TTHC hộ tịch, chứng thực ở cấp xã?", civil, view)
    jobs = "Thẩm định đề án vị trí việc làm của các cơ quan chuyên môn"
    view = PlanView(" tham dinh de an vi tri viec lam cua cac co quan chuyen mon ", NONE)
    assert filler_conflicts("Ai thẩm định đề án vị trí đê điều của các cơ quan chuyên môn?", jobs, view)
    asked = "Đề nghị Công an xã phối hợp với Phòng Kinh tế xác thực dữ liệu công dân"
    view = PlanView(" de nghi cong an xa phoi hop voi phong kinh te xac thuc du lieu cong dan ", NONE)
    assert not filler_conflicts("Xã đề nghị cơ quan nào phối hợp xác thực dữ liệu công dân?", asked, view)
    # a unit's acronym restates nothing ("Sở VHTTDL" holds "du lịch"); a syllable is no abbreviation ("số")
    tour = "Ban hành quy chế phối hợp quản lý khu du lịch quốc gia hồ Tuyền Lâm"
    view = PlanView(" quan ly khu du lich quoc gia ho tuyen lam ", NONE)
    assert filler_conflicts("Ai giúp Sở VHTTDL làm quy chế quản lý khu siêu thị quốc gia hồ Tuyền Lâm?", tour, view)
    home = "Tiếp nhận hồ sơ tại nhà cho người cao tuổi, người khuyết tật ở các xã miền núi Ba Tơ"
    view = PlanView(" tiep nhan ho so tai nha cho nguoi cao tuoi nguoi khuyet tat ", NONE)
    assert filler_conflicts("Ai tiếp nhận hồ sơ tại nhà cho dân tộc thiểu số ở Ba Tơ?", home, view)


def test_acronyms_typed_in_lower_case_are_acronyms() -> None:
    """"sở kh&cn", "trung tam pvhcc": users type acronyms in lower case; they are no fillers and no unknown units."""
    from assistant.answer.abstain import folded_units
    from assistant.answer.fillers import PlanView, filler_conflicts

    unit = "Đề nghị Sở Nội vụ thẩm định đề án vị trí việc làm của Sở trước ngày 30/6/2026."
    view = PlanView(" de nghi so noi vu tham dinh de an vi tri viec lam cua so truoc ngay 30 6 2026 ", NONE)
    for q in ("sở nội vụ được đề nghị thẩm định đề án vị trí việc làm của sở kh&cn trước ngày nào?",
              "Sở Nội vụ được đề nghị thẩm định đề án vị trí việc làm của Sở KH&CN trước ngày nào?"):
        assert not filler_conflicts(q, unit, view), q
    assert folded_units("ket noi camera o trung tam pvhcc son la han chot khi nao?") == ["trung tam phuc"]
    assert folded_units("trung tam qlcl son la") == []  # an acronym no list knows is not judged


def test_a_letter_left_out_or_swapped_is_a_typo_but_a_changed_letter_is_another_word() -> None:
    from assistant.answer.fillers import PlanView, filler_conflicts

    unit = "Cung cấp số liệu thống kê theo yêu cầu qua Cổng Dịch vụ công quốc gia"
    view = PlanView(" cung cap so lieu thong ke theo yeu cau qua cong dich vu cong quoc gia ", NONE)
    assert not filler_conflicts("Ai cung cấp số liệu thống kê qua Cổng Dịch vụ công quốc ga?", unit, view)
    crop = "Rà soát hồ sơ đất đai của các hộ trồng thảo quả"
    view = PlanView(" ra soat ho so dat dai cua cac ho trong thao qua ", NONE)
    assert filler_conflicts("Ai rà soát hồ sơ đất đai của các hộ trồng thảo quế?", crop, view)  # a changed letter


def test_a_filler_before_the_same_proper_name_is_a_neighbour() -> None:
    """"… dự án ở bến xe Nhơn Hội" against "… dự án tại Khu kinh tế Nhơn Hội": the shared name anchors the slot."""
    from assistant.answer.fillers import PlanView, filler_conflicts

    unit = "Cắt giảm thời gian giải quyết TTHC về đầu tư đối với dự án tại Khu kinh tế Nhơn Hội"
    view = PlanView(" cat giam thoi gian giai quyet thu tuc hanh chinh ve dau tu doi voi du an tai khu kinh te nhon hoi ",
                    NONE)
    assert filler_conflicts("Việc cắt giảm thời gian thủ tục đầu tư cho dự án ở bến xe Nhơn Hội giao cho ai?", unit, view)
    assert not filler_conflicts("Việc cắt giảm thời gian thủ tục đầu tư cho dự án ở Khu kinh tế Nhơn Hội giao cho ai?",
                                unit, view)
    # without capitals there is no name to anchor on
    assert not filler_conflicts("viec cat giam thoi gian thu tuc dau tu cho du an o ben xe nhon hoi giao cho ai?",
                                unit, view)


def test_equivalent_generic_and_clause_opening_fillers() -> None:
    """"online" is "trực tuyến"; "giá vé" falls in "giá dịch vụ"."""
    from assistant.answer.fillers import PlanView, filler_conflicts

    visa = ("Giao Trung tâm Phục vụ hành chính công thành phố hướng dẫn du khách nước ngoài thực hiện thủ tục cấp thị "
            "thực điện tử và khai báo tạm trú trực tuyến.")
    view = PlanView(" huong dan du khach nuoc ngoai thuc hien thu tuc cap thi thuc dien tu va khai bao tam tru truc "
                    "tuyen ", NONE)
    assert not filler_conflicts("Ai hướng dẫn du khách làm thị thực điện tử, khai báo tạm trú online?", visa, view)
    fare = "Phòng Kinh tế công khai giá dịch vụ tàu khách ra đảo tại bến Cái Rồng."
    assert not filler_conflicts("Ai công khai giá vé tàu khách ra đảo ở bến Cái Rồng?", fare,
                                PlanView(" cong khai gia dich vu tau khach ra dao tai ben cai rong ", NONE))
