### TwinSpace Live: გვერდის სიტყვები ქართულად
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = ქართული

## app
app-name = TwinSpace Live
app-skip = შინაარსზე გადასვლა
app-nav = მთავარი მენიუ
app-language = ენა
app-sign_out = გამოსვლა
app-signed_in_as = შესული ხართ როგორც { $name }
app-loading = იტვირთება…

## conn
conn-lost = კავშირი დაიკარგა. მიმდინარეობს ხელახლა დაკავშირება…
conn-back = კავშირი აღდგა.
conn-failed = პირდაპირი კავშირი დაიხურა. ხელახლა საცდელად განაახლეთ გვერდი.
conn-session_ended = თქვენი სესია დასრულდა. გთხოვთ, ხელახლა შეხვიდეთ.
conn-account_locked = ამ ანგარიშის გამოყენება აღარ შეიძლება. მიზეზის სანახავად ხელახლა შედით.
conn-closed-auth_missing = პირდაპირმა კავშირმა თქვენი შესვლის მონაცემები დროულად ვერ მიიღო. განაახლეთ გვერდი.
conn-closed-session_invalid = თქვენი სესია აღარ არის მოქმედი. გთხოვთ, ხელახლა შეხვიდეთ.
conn-closed-session_expired = თქვენი სესიის ვადა ამოიწურა. გთხოვთ, ხელახლა შეხვიდეთ.
conn-closed-signed_out = თქვენი სესია დაიხურა. გთხოვთ, ხელახლა შეხვიდეთ.
conn-closed-account_locked = ამ ანგარიშის გამოყენება აღარ შეიძლება. მიზეზის სანახავად ხელახლა შედით.
conn-closed-too_many_connections = ამ ანგარიშზე ერთდროულად ძალიან ბევრი გვერდია გახსნილი. დახურეთ რამდენიმე ჩანართი, შემდეგ განაახლეთ ეს გვერდი.
conn-closed-too_many_messages = ამ გვერდმა ძალიან ბევრი რამ ძალიან სწრაფად გაგზავნა. ცოტა მოიცადეთ, შემდეგ განაახლეთ გვერდი.
conn-closed-frame_too_large = ამ გვერდმა ძალიან დიდი რამ გაგზავნა. განაახლეთ გვერდი და სცადეთ ხელახლა.
conn-closed-idle_timeout = პირდაპირი კავშირი ძალიან დიდხანს იყო უმოქმედო და დაიხურა. მიმდინარეობს ხელახლა დაკავშირება…
conn-closed-slow_consumer = პირდაპირი კავშირი ჩამორჩა. მიმდინარეობს ხელახლა დაკავშირება…
conn-closed-server_restarting = სერვერი გადაიტვირთება. ხელახლა დაკავშირება მალე მოხდება…
conn-closed-server_shutting_down = სერვერი, რომელთანაც დაკავშირებული იყავით, ჩერდება. მიმდინარეობს ხელახლა დაკავშირება…
conn-closed-unavailable = სერვერი დაკავებულია. ხელახლა დაკავშირება მალე მოხდება…
conn-closed-internal = სერვერზე რაღაც შეცდომა მოხდა. ხელახლა დაკავშირება მალე მოხდება…

## login
login-title = შესვლა
login-intro = მასწავლებლები და სტუმრები შედიან თავიანთი ელფოსტის მისამართით. მოსწავლეები იყენებენ მომხმარებლის სახელს და კოდს, რომლებიც მასწავლებელმა მისცა.
login-teacher = მასწავლებლები და სტუმრები
login-pupil = მოსწავლეები
login-email = ელფოსტის მისამართი
login-password = პაროლი
login-username = მომხმარებლის სახელი
login-code = კოდი
login-submit = შესვლა
login-pupil_submit = შესვლა მოსწავლის სახით
login-forgot = დაგავიწყდათ პაროლი?
login-register = ჯერ არ გაქვთ ანგარიში? შექმენით eTwinner-ის ანგარიში
login-pupil_forgot = დაგავიწყდათ კოდი? სთხოვეთ მასწავლებელს ახალი.

## invite
invite-title = TwinSpace-ში შესვლა სტუმრის სახით
invite-intro = თქვენ მოგიწვიეს TwinSpace-ში. აირჩიეთ, რა სახელით დაგინახავენ სხვები, და დააყენეთ პაროლი.
invite-display_name = თქვენი სახელი
invite-submit = მოწვევის მიღება
invite-checking = მოწვევა მოწმდება…
invite-for_space = თქვენ მოგიწვიეს სივრცეში „{ $title }“.
invite-unknown = ეს მოსაწვევი ბმული უცნობია. შეამოწმეთ, მთლიანად დააკოპირეთ თუ არა, ან ახალი სთხოვეთ მასწავლებელს, რომელმაც გამოგიგზავნათ.
invite-expired = ამ მოსაწვევი ბმულის ვადა ამოიწურა. ახალი სთხოვეთ მასწავლებელს, რომელმაც გამოგიგზავნათ.
invite-used_up = ეს მოსაწვევი ბმული უკვე გამოყენებულია დასაშვები რაოდენობით. ახალი სთხოვეთ მასწავლებელს, რომელმაც გამოგიგზავნათ.
invite-revoked = ეს მოსაწვევი ბმული მასწავლებელმა გააუქმა.
invite-closed = ამ მოწვევის სივრცე დახურულია.

## spaces
spaces-title = ჩემი სივრცეები
spaces-empty = ჯერ არცერთი სივრცის წევრი არ ხართ.
spaces-create = სივრცის შექმნა
spaces-kind = ტიპი
spaces-kind-twinspace = TwinSpace
spaces-kind-room = ოთახი
spaces-kind-group = ჯგუფი
spaces-space_title = სათაური
spaces-description = აღწერა (არასავალდებულო)
spaces-create_submit = შექმნა
spaces-created = სივრცე „{ $title }“ შეიქმნა.
spaces-my_role = თქვენი როლი: { $role }
spaces-archived = დაარქივებული

## space
space-back = ჩემს სივრცეებზე დაბრუნება
space-sections = ამ სივრცის განყოფილებები
space-members = წევრები
space-online_count =
    { $count ->
        [one] { $count } ხაზზეა
       *[other] { $count } ხაზზეა
    }
space-online = ხაზზეა
space-offline = ხაზგარეშეა
space-you = (თქვენ)
space-refreshed = სია განახლდა.
space-gone = ეს სივრცე თქვენთვის აღარ არის ხელმისაწვდომი.

## chat
chat-title = ჩატი
chat-empty = შეტყობინებები ჯერ არ არის.
chat-message = შეტყობინება
chat-send = გაგზავნა
chat-pending = (მასწავლებელს ელოდება)
chat-typing = { $name } წერს…
chat-teachers_tab = მასწავლებლების ბიულეტენი
chat-teachers_title = მასწავლებლების ბიულეტენი
chat-session_title = სესიის ჩატი
chat-older = ძველი შეტყობინებების ჩვენება
chat-new_messages = ახალი შეტყობინებები
chat-mention_list = მოსანიშნი წევრები
chat-mention_hint = წევრის მოსანიშნად აკრიფეთ @ და სახელი.
chat-hidden = (დამალულია მასწავლებლის მიერ)
chat-deleted = (წაშლილია)
chat-rejected = (მასწავლებელმა არ გამოაჩინა)
chat-edited = (შესწორებულია)
chat-mentions_you = მოგნიშნათ
chat-edit = რედაქტირება
chat-edit_label = თქვენი შეტყობინების რედაქტირება
chat-save = შენახვა
chat-cancel = გაუქმება
chat-delete = წაშლა
chat-delete_confirm = დიახ, წაიშალოს
chat-hide = დამალვა
chat-restore = აღდგენა
chat-approve = დამტკიცება
chat-reject = უარყოფა
chat-report = დაჩივლება
chat-reported = გმადლობთ. მასწავლებლები ამ შეტყობინებას გადახედავენ.
chat-mute = დადუმება
chat-mute_question = დადუმდეს { $name }?
chat-mute_for = რამდენი ხნით დადუმდეს { $name }
chat-minutes =
    { $count ->
        [one] { $count } წუთი
       *[other] { $count } წუთი
    }
chat-mute_confirm = ახლავე დადუმება
chat-muted_other = { $name } ვერ შეძლებს წერას { $time }-მდე.
chat-muted_you = მასწავლებელმა თქვენი წერა შეაჩერა { $time }-მდე. ჩატის კითხვა კვლავ შეგიძლიათ.
chat-unmuted_you = ჩატში წერა კვლავ შეგიძლიათ.
chat-gone = ეს ჩატი თქვენთვის აღარ არის ხელმისაწვდომი.

## role
role-founder = დამფუძნებელი
role-admin = ადმინისტრატორი
role-teacher = მასწავლებელი
role-pupil_admin = მოსწავლე-ადმინისტრატორი
role-pupil = მოსწავლე
role-guest = სტუმარი

## error
error-bad_credentials = შესვლის მონაცემები არასწორია. შეამოწმეთ და სცადეთ ხელახლა.
error-rate_limited = ძალიან ბევრი მცდელობა. გთხოვთ, ცოტა ხანს მოიცადოთ და სცადოთ ხელახლა.
error-invalid = ზოგიერთი ველი სწორად არ არის შევსებული.
error-not_found = ეს გვერდი არ არსებობს, ან მისი ნახვა არ შეგიძლიათ.
error-forbidden = ამის გაკეთების უფლება არ გაქვთ.
error-gone = ეს აღარ არსებობს ან აღარ მუშაობს.
error-conflict = ეს ეწინააღმდეგება უკვე არსებულ რაღაცას.
error-gone-revoked = ეს მოსაწვევი ბმული აღარ მუშაობს: სივრცის მასწავლებლებმა ის გააუქმეს.
error-gone-expired = ეს მოსაწვევი ბმული აღარ მუშაობს: მისი ვადა ამოიწურა.
error-gone-used_up = ეს მოსაწვევი ბმული აღარ მუშაობს: ის უკვე გამოყენებულია დასაშვები რაოდენობით.
error-conflict-name_taken = „{ $name }“ უკვე არსებობს აქ. აირჩიეთ სხვა სახელი.
error-conflict-in_trash = „{ $name }“ სანაგვეშია: ჯერ აღადგინეთ.
error-conflict-not_in_trash = „{ $name }“ სანაგვეში არ არის.
error-conflict-parent_in_trash = „{ $name }“ იყო საქაღალდეში, რომელიც ახლა სანაგვეშია: ჯერ ის საქაღალდე აღადგინეთ.
error-conflict-folder_not_empty = საქაღალდე „{ $name }“ ცარიელი არ არის: ჯერ მისი შიგთავსი სანაგვეში გადაიტანეთ.
error-conflict-wrong_status = ამ ანგარიშის სტატუსი ({ $status }) ამის საშუალებას არ იძლევა.
error-unauthenticated = გთხოვთ, შეხვიდეთ სისტემაში.
error-network = სერვერთან დაკავშირება ვერ მოხერხდა. შეამოწმეთ კავშირი და სცადეთ ხელახლა.
error-generic = რაღაც შეცდომა მოხდა. გთხოვთ, სცადოთ ხელახლა.
error-too_large = ეს ძალიან დიდია.
error-quota_exceeded = ამ სივრცეში საკმარისი ადგილი აღარ დარჩა.
error-unsupported = სერვერი ამ ტიპის მოთხოვნას ვერ იღებს.
error-aborted = ატვირთვა შეწყდა.
error-rate_limited_wait = ძალიან ბევრი მცდელობა. სცადეთ ხელახლა { $wait }.
error-fields = ზოგიერთ ველს თქვენი ყურადღება სჭირდება: იხილეთ შეტყობინება თითოეული ველის ქვეშ.
error-account_rejected = თქვენი ქვეყნის ეროვნულმა ადმინისტრატორმა ეს რეგისტრაცია არ მიიღო, ამიტომ ამ ანგარიშით შესვლა შეუძლებელია. თუ ფიქრობთ, რომ ეს შეცდომაა, დაუკავშირდით თქვენი ქვეყნის eTwinning-ის ეროვნული მხარდაჭერის სამსახურს.
error-account_suspended = თქვენი ქვეყნის ეროვნულმა ადმინისტრატორმა ეს ანგარიში შეაჩერა: ამჟამად მასით შესვლა შეუძლებელია. მიზეზის გასაგებად ან ანგარიშის აღდგენის მოსათხოვნად დაუკავშირდით თქვენი ქვეყნის eTwinning-ის ეროვნული მხარდაჭერის სამსახურს.
error-malformed = გვერდმა გაგზავნა ის, რისი წაკითხვაც სერვერმა ვერ შეძლო. განაახლეთ გვერდი და სცადეთ ხელახლა.
error-csrf = გვერდის უსაფრთხოების შემოწმება ვერ მოხერხდა. განაახლეთ გვერდი და სცადეთ ხელახლა.
error-limit_exceeded = ეს აღემატება ამ სივრცისთვის დაწესებულ ლიმიტს.
error-unavailable = სერვერი დაკავებულია ან მისი ნაწილი არ პასუხობს. გთხოვთ, ცოტა ხანში სცადოთ ხელახლა.
error-internal = სერვერზე რაღაც შეცდომა მოხდა. გთხოვთ, მოგვიანებით სცადოთ ხელახლა.
error-insufficient_storage = სერვერზე ფაილებისთვის ადგილი აღარ დარჩა. არაფერი შენახულა; გთხოვთ, აცნობოთ თქვენი სკოლის eTwinning-ის საკონტაქტო პირს.
error-request_timeout = გაგზავნას ძალიან დიდი დრო დასჭირდა და შეწყდა. შეამოწმეთ კავშირი და სცადეთ ხელახლა.
error-conflict-not_a_guest = ეს ელფოსტის მისამართი eTwinning-ის ანგარიშს ეკუთვნის. მასწავლებლებს სივრცის ადმინისტრატორები იწვევენ და არა სტუმრის ბმული.

## notice
notice-post-pending = მადლობა! მასწავლებელი წაიკითხავს თქვენს პოსტს, სანამ ყველა დაინახავს.
notice-post-approved = მასწავლებელმა წაიკითხა თქვენი პოსტი. ახლა მას პროექტში ყველა ხედავს.
notice-post-rejected = მასწავლებელმა გადაწყვიტა, რომ თქვენი პოსტი არ აჩვენოს. შეგიძლიათ ჰკითხოთ თქვენს მასწავლებელს, რატომ.
notice-post-hidden = მასწავლებელმა თქვენი პოსტი დროებით დამალა. შეგიძლიათ ჰკითხოთ თქვენს მასწავლებელს, რატომ.
notice-post-restored = მასწავლებელმა თქვენი პოსტი ისევ გამოაჩინა. ახლა მას ყველა ხედავს.
notice-post-purged = მასწავლებელმა თქვენი პოსტი წაშალა.
notice-member-muted = შეგიძლიათ პროექტის კითხვა, მაგრამ გარკვეული დროით წერა არ შეგიძლიათ.
notice-member-unmuted = პროექტში წერა ისევ შეგიძლიათ.
notice-chat-mention = წევრმა { $name } ჩატში მოგნიშნათ.

## video
video-section = ვიდეო
video-open_sessions = ღია ვიდეოსესიები
video-none = ღია ვიდეოსესია არ არის.
video-start_title = ვიდეოსესიის დაწყება
video-title = სათაური (არასავალდებულო)
video-lobby = მოსწავლეები მოსაცდელ ოთახში ელოდებიან, სანამ მასწავლებელი შეუშვებს
video-start = დაწყება
video-join_named = შეერთება: „{ $title }“
video-nobody_in_call = ზარში ჯერ არავინ არის
video-people_in_call =
    { $count ->
        [one] ზარში { $count } ადამიანია
       *[other] ზარში { $count } ადამიანია
    }
video-locked = (ჩაკეტილია)
video-back = სივრცეში დაბრუნება
video-participants = მონაწილეები
video-my_controls = თქვენი მიკროფონი და კამერა
video-chat = სესიის ჩატი
video-starting_media = თქვენი კამერა და მიკროფონი ირთვება…
video-in_call = თქვენ ზარში ხართ.
video-waiting_in_lobby = თქვენ მოსაცდელ ოთახში ხართ. მასწავლებელი მალე შემოგიშვებთ.
video-no_media = ვერცერთი კამერის ან მიკროფონის გამოყენება ვერ მოხერხდა: სხვების დანახვა და მოსმენა მაინც შეგიძლიათ.
video-partial_media = თქვენი კამერისა და მიკროფონის მხოლოდ ნაწილობრივ გამოყენება მოხერხდა.
video-enable_sound = ხმის ჩართვა
video-mic_on = მიკროფონი ჩართულია
video-mic_off = მიკროფონი გამორთულია
video-mic_forced = დადუმებულია მასწავლებლის მიერ
video-camera_on = კამერა ჩართულია
video-camera_off = კამერა გამორთულია
video-hand_raised = ხელი აწეულია
video-mute_me = ჩემი მიკროფონის გამორთვა
video-unmute_me = ჩემი მიკროფონის ჩართვა
video-camera_stop = ჩემი კამერის გამორთვა
video-camera_start = ჩემი კამერის ჩართვა
video-hand_raise = ხელის აწევა
video-hand_lower = ხელის დაშვება
video-leave = გასვლა
video-you_are_muted = მასწავლებელმა დაგადუმათ. მიკროფონის ჩართვას შეძლებთ, როცა მასწავლებელი ნებას დაგრთავთ.
video-muted_by_teacher = მასწავლებელმა თქვენი მიკროფონი გამორთო.
video-unmute_allowed = მასწავლებელი გაძლევთ მიკროფონის ხელახლა ჩართვის ნებას.
video-mute_other = დადუმება
video-mute_named = დადუმება: { $name }
video-allow_unmute = მიკროფონის ჩართვის ნების დართვა
video-allow_unmute_named = მიკროფონის ჩართვის ნების დართვა: { $name }
video-remove = გაძევება
video-remove_named = სესიიდან გაძევება: { $name }
video-lobby_title = მოსაცდელი ოთახი
video-lobby_empty = არავინ ელოდება.
video-admit = შემოშვება
video-admit_named = შემოშვება: { $name }
video-deny = უარის თქმა
video-deny_named = უარის თქმა: { $name }
video-manage = ეს სესია
video-is_open = ღიაა: წევრებს შეუძლიათ შემოსვლა.
video-is_locked = ჩაკეტილია: შემოსვლა მხოლოდ მასწავლებლებს შეუძლიათ.
video-lock = სესიის ჩაკეტვა
video-end = სესიის დასრულება ყველასთვის
video-ended = სესია დასრულდა.
video-ended_space_archived = სესია დასრულდა: მისი სივრცე დაარქივდა.
video-ended_space_deleted = სესია დასრულდა: მისი სივრცე წაიშალა.
video-ended_empty = სესია დასრულდა: გარკვეული დროის განმავლობაში მასში არავინ იყო.
video-no_teacher_yet = ამ სესიაში ჯერ არცერთი მასწავლებელი არ არის, ამიტომ შემოგიშვებთ ვერავინ. შეგიძლიათ აქ მოიცადოთ ან გახვიდეთ.
video-leave_lobby = მოსაცდელი ოთახიდან გასვლა
video-removed = მასწავლებელმა სესიიდან გაგაძევათ.
video-denied = მასწავლებელმა ამ სესიაში არ შემოგიშვათ.
video-left = სესიიდან გახვედით.
video-full = ეს სესია სავსეა.
video-refused = ამ სესიაში შესვლა არ შეგიძლიათ.
video-signal_refused = სერვერმა უარყო ის, რაც თქვენმა ბრაუზერმა გაგზავნა. სცადეთ გასვლა და ხელახლა შესვლა.
video-sfu_moving = სესია გაიზარდა: ზარი გადადის კლასის მედიასერვერზე…
video-sfu_unreachable = კლასის მედიასერვერი მიუწვდომელია. ვცდილობთ ხელახლა…
video-sfu_no_seat = ამ სესიაში კამერის ყველა ადგილი დაკავებულია: თქვენ ხედავთ და გესმით სხვების, მაგრამ ისინი ვერ გხედავენ და ვერ გისმენენ.
video-sfu_not_sent = თქვენი კამერისა და მიკროფონის გადაცემა ვერ მოხერხდა. სხვებს კვლავ ხედავთ და გესმით.

## forum
forum-title = ფორუმი
forum-threads = თემები
forum-posts = პოსტები
forum-areas = ფორუმის განყოფილებები
forum-area-open = ღია ფორუმი
forum-area-teachers = მასწავლებლების ბიულეტენი
forum-empty = თემები ჯერ არ არის.
forum-thread_meta =
    { $count ->
        [one] ავტორი: { $author } · { $count } პოსტი · { $when }
       *[other] ავტორი: { $author } · { $count } პოსტი · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } ახალი
       *[other] { $count } ახალი
    }
forum-pinned = მიმაგრებულია
forum-locked = ჩაკეტილია
forum-new_thread = თემის დაწყება
forum-new_bulletin = თემის დაწყება მასწავლებლების ბიულეტენში
forum-thread_title = თემის სათაური
forum-first_post = პირველი პოსტი
forum-start = თემის დაწყება
forum-thread_started = თემა დაიწყო.
forum-thread_held = მადლობა! მასწავლებელი წაიკითხავს შენს თემას, სანამ ყველა დაინახავს.
forum-back = თემებზე დაბრუნება
forum-reply_label = თქვენი პასუხი
forum-send = პასუხის გამოქვეყნება
forum-no_reply = ამ თემაში პასუხის დაწერა არ შეგიძლიათ.
forum-held = მადლობა! მასწავლებელი წაიკითხავს შენს პოსტს, სანამ ყველა დაინახავს.
forum-edited = (შესწორებულია)
forum-edit = რედაქტირება
forum-edit_label = თქვენი პოსტის რედაქტირება
forum-save = შენახვა
forum-saved = თქვენი პოსტი შეიცვალა.
forum-cancel = გაუქმება
forum-delete = წაშლა
forum-deleted = პოსტი წაიშალა.
forum-report = დაჩივლება
forum-report_reason = რა პრობლემაა ამ პოსტში? (არასავალდებულო)
forum-report_send = საჩივრის გაგზავნა
forum-reported = გმადლობთ. მასწავლებლებს ეცნობათ.
forum-hide = დამალვა
forum-restore = აღდგენა
forum-approve = დამტკიცება
forum-reject = უარყოფა
forum-done-hide = პოსტი კლასისთვის დამალულია.
forum-done-restore = პოსტი კვლავ ჩანს.
forum-done-approve = პოსტი დამტკიცდა: მას ყველა ხედავს.
forum-done-reject = პოსტი უარყოფილია: მას მხოლოდ ავტორი ხედავს.
forum-state-pending = მასწავლებელს ელოდება
forum-state-hidden = დამალულია
forum-state-rejected = არ გამოქვეყნებულა
forum-state-deleted = წაშლილია
forum-pin = მიმაგრება
forum-unpin = მიმაგრების მოხსნა
forum-lock = ჩაკეტვა
forum-unlock = განბლოკვა
forum-thread_changed = თემა შეიცვალა.
forum-thread_gone = ეს თემა თქვენთვის აღარ არის ხელმისაწვდომი.
forum-moderation = მოდერაცია
forum-queue = დამტკიცების მოლოდინში
forum-queue_empty = დამტკიცების მოლოდინში პოსტი არ არის.
forum-reports = საჩივრები
forum-reports_empty = ღია საჩივრები არ არის.
forum-reported_by = დაჩივლა: { $name }
forum-report_said = მიზეზი: { $reason }
forum-resolve = საჩივრის დახურვა
forum-resolved = საჩივარი დაიხურა.

## reactions
reaction-bar = რეაქციები
reaction-add = რეაქციის დამატება
reaction-picker = აირჩიეთ რეაქცია
reaction-count =
    { $count ->
        [one] { $name }: { $count } ადამიანი
       *[other] { $name }: { $count } ადამიანი
    }
reaction-thumbs_up = მომწონს
reaction-heart = გული
reaction-clap = ბრავო
reaction-laugh = სასაცილო
reaction-idea = კარგი იდეა
reaction-question = კითხვა მაქვს

## archive
archive-title = ფაილები
archive-usage = გამოყენებულია { $used } (სულ: { $quota })
archive-where = საქაღალდე
archive-top = ყველა ფაილი
archive-empty = ეს საქაღალდე ცარიელია.
archive-contents = საქაღალდეები და ფაილები
archive-name = სახელი
archive-size = ზომა
archive-by = დაამატა
archive-when = შეიცვალა
archive-actions = მოქმედებები
archive-former_member = ყოფილი წევრი
archive-choose = ფაილის არჩევა
archive-upload = ატვირთვა
archive-progress = ატვირთვის პროგრესი
archive-uploading = იტვირთება { $name }: { $percent }
archive-uploaded = „{ $name }“ აიტვირთა.
archive-too_large = ეს ფაილი ძალიან დიდია: ფაილის მაქსიმალური ზომაა { $max }.
archive-quota = ამ სივრცის ფაილებში საკმარისი ადგილი აღარ დარჩა (თავისუფალია { $free }). სთხოვეთ მასწავლებელს ძველი ფაილების წაშლა.
archive-new_folder = ახალი საქაღალდე
archive-create_folder = საქაღალდის შექმნა
archive-folder_created = საქაღალდე „{ $name }“ შეიქმნა.
archive-download = ჩამოტვირთვა
archive-download_named = ჩამოტვირთვა: { $name }
archive-rename = სახელის გადარქმევა
archive-rename_named = სახელის გადარქმევა: { $name }
archive-new_name = ახალი სახელი
archive-save = შენახვა
archive-cancel = გაუქმება
archive-renamed = ახალი სახელი: „{ $name }“.
archive-trash = სანაგვეში გადატანა
archive-trash_named = სანაგვეში გადატანა: { $name }
archive-trashed = „{ $name }“ სანაგვეშია.
archive-show_trash = სანაგვე
archive-trash_empty = სანაგვე ცარიელია.
archive-restore = აღდგენა
archive-restore_named = აღდგენა: { $name }
archive-restored = „{ $name }“ აღდგა.
archive-purge = სამუდამოდ წაშლა
archive-purge_named = სამუდამოდ წაშლა: { $name }
archive-purged = „{ $name }“ სამუდამოდ წაიშალა.
archive-choose_first = ასატვირთად აირჩიეთ ფაილი.
archive-no_file = ფაილი ჯერ არ არის არჩეული.
archive-name_taken = ამ სახელით აქ უკვე რაღაც არსებობს. აირჩიეთ სხვა სახელი.

## unit
unit-b = ბ
unit-kb = კბ
unit-mb = მბ
unit-gb = გბ
unit-tb = ტბ

## field
field-required = შეავსეთ ეს ველი.
field-unknown = ეს ველი აქ მოსალოდნელი არ არის.
field-type = ეს მნიშვნელობა სწორი ტიპის არ არის.
field-blank = დაწერეთ რამე: მხოლოდ ჰარეები არ ითვლება.
field-too_short =
    { $count ->
        [one] დაწერეთ მინიმუმ { $min } სიმბოლო.
       *[other] დაწერეთ მინიმუმ { $min } სიმბოლო.
    }
field-too_long =
    { $count ->
        [one] დაწერეთ მაქსიმუმ { $max } სიმბოლო.
       *[other] დაწერეთ მაქსიმუმ { $max } სიმბოლო.
    }
field-too_small = მიუთითეთ მინიმუმ { $min }.
field-too_large = მიუთითეთ მაქსიმუმ { $max }.
field-format = ეს მოსალოდნელი ფორმით არ არის.
field-choice = აირჩიეთ შემოთავაზებული ვარიანტებიდან ერთ-ერთი.
field-invalid = ეს მნიშვნელობა მიუღებელია.

## confirm
confirm-cancel = გაუქმება
confirm-trash_file = გადავიდეს „{ $name }“ სანაგვეში?
confirm-trash_file_lost = წევრები ამ ფაილს ვეღარ დაინახავენ. მასწავლებელს შეუძლია მისი სანაგვიდან დაბრუნება.
confirm-trash_folder = გადავიდეს საქაღალდე „{ $name }“ სანაგვეში?
confirm-trash_folder_lost = წევრები ვეღარ დაინახავენ ამ საქაღალდეს და ვერაფერს, რაც მასშია. მასწავლებელს შეუძლია მისი სანაგვიდან დაბრუნება.
confirm-purge = წაიშალოს „{ $name }“ სამუდამოდ?
confirm-purge_lost = ის ყველასთვის გაქრება და მისი დაბრუნება შეუძლებელი იქნება.
confirm-delete_post = წაიშალოს ეს პოსტი?
confirm-delete_post_lost = მისი ტექსტი ყველასთვის გაქრება. ამის გაუქმება შეუძლებელია.
confirm-delete_message = წაიშალოს ეს შეტყობინება?
confirm-delete_message_lost = მისი ტექსტი ყველასთვის გაქრება. ამის გაუქმება შეუძლებელია.
confirm-end_session = დასრულდეს სესია ყველასთვის?
confirm-end_session_lost = ყველა მაშინვე გავა ზარიდან და სესიის ხელახლა გახსნა შეუძლებელი იქნება.
confirm-remove_participant = გაძევდეს სესიიდან { $name }?
confirm-remove_participant_lost = { $name } მაშინვე გავა ზარიდან და ამ სესიაში ვეღარ დაბრუნდება.
confirm-deny = ეთქვას უარი: { $name }?
confirm-deny_lost = { $name } ამ სესიაში ვერ შემოვა.

## page
page-not_found = გვერდი ვერ მოიძებნა
page-not_found_text = ამ მისამართზე გვერდი არ არის.
page-go_spaces = ჩემს სივრცეებზე გადასვლა
page-go_sign_in = შესვლის გვერდზე გადასვლა

## form
form-required = შეავსეთ ეს ველი.
form-email_format = დაწერეთ ელფოსტის მისამართი, მაგალითად: name@school.eu.
form-password_short = გამოიყენეთ მინიმუმ 10 სიმბოლო.
form-password_long = გამოიყენეთ მაქსიმუმ 200 სიმბოლო.
form-password_mismatch = ორი პაროლი ერთმანეთს არ ემთხვევა.
form-password_hint = მინიმუმ 10 სიმბოლო. კარგი არჩევანია რამდენიმე სიტყვა, რომელსაც დაიმახსოვრებთ.
form-check_fields = გთხოვთ, შეამოწმოთ ზემოთ მონიშნული ველები.
form-field_invalid = ეს მნიშვნელობა მიუღებელია.

## register
register-title = eTwinner-ის ანგარიშის შექმნა
register-intro = მასწავლებლებისთვის. თქვენი ქვეყნის ეროვნული ადმინისტრატორი ამოწმებს, რომ მასწავლებელი ხართ, და შემდეგ ადასტურებს თქვენს ანგარიშს. მოსწავლეები არ რეგისტრირდებიან: მათ ანგარიშს მასწავლებელი ქმნის.
register-name = თქვენი სახელი
register-school = სკოლა
register-country = ქვეყანა
register-country_choose = აირჩიეთ თქვენი ქვეყანა
register-submit = ჩემი ანგარიშის შექმნა
register-email_taken = ამ ელფოსტის მისამართით ანგარიში უკვე არსებობს. შედით სისტემაში ან მოითხოვეთ ახალი პაროლი.
register-have_account = უკვე გაქვთ ანგარიში? შედით

## pending
pending-title = თქვენი ანგარიში დადასტურებას ელოდება
pending-who_heading = ვინ ადასტურებს
pending-who = თქვენი ქვეყნის ({ $country }) ეროვნული ადმინისტრატორი ამოწმებს, რომ მასწავლებელი ხართ თქვენ მიერ მითითებულ სკოლაში, და შემდეგ ადასტურებს თქვენს ანგარიშს.
pending-next_heading = რა ხდება შემდეგ
pending-next_validate = ანგარიშის დადასტურებისთანავე eTwinner ხდებით: შეძლებთ სივრცეების შექმნას, პროექტებში მოწვევების მიღებას და თქვენი მოსწავლეების ანგარიშების შექმნას. ამის სანახავად ხელახლა შედით ან დააჭირეთ „ხელახლა შემოწმებას“.
pending-next_reject = თუ ეროვნული ადმინისტრატორი თქვენს რეგისტრაციას არ მიიღებს, ამის შესახებ შესვლისას გაიგებთ.
pending-next_meanwhile = მანამდე შეგიძლიათ შეცვალოთ თქვენი სახელი და პაროლი განყოფილებაში „ჩემი ანგარიში“.
pending-check = ხელახლა შემოწმება
pending-still = თქვენი ანგარიში ჯერ კიდევ დადასტურებას ელოდება.
pending-count =
    { $count ->
        [one] { $count } მოდერაციას ელოდება
       *[other] { $count } მოდერაციას ელოდება
    }

## forgot
forgot-title = დაგავიწყდათ პაროლი?
forgot-intro = დაწერეთ თქვენი ანგარიშის ელფოსტის მისამართი. ახალი პაროლის ასარჩევად ბმულს გამოგიგზავნით.
forgot-submit = ბმულის გამოგზავნა
forgot-sent = თუ ამ მისამართით ანგარიში არსებობს, ბმული უკვე გზაშია. ბმული ერთხელ მუშაობს, შეზღუდული დროით. შეამოწმეთ სპამის საქაღალდეც.
forgot-pupils = მოსწავლეებო: აქ ელფოსტის მისამართი არ გაქვთ. ახალი კოდი სთხოვეთ მასწავლებელს.
forgot-back = შესვლაზე დაბრუნება

## reset
reset-title = ახალი პაროლის არჩევა
reset-intro = ახალი პაროლის არჩევისას ყველა სხვა მოწყობილობიდან გამოხვალთ.
reset-password = ახალი პაროლი
reset-confirm = გაიმეორეთ ახალი პაროლი
reset-submit = ახალი პაროლის შენახვა
reset-gone = ამ ბმულის ვადა ამოიწურა ან უკვე გამოყენებულია. მოითხოვეთ ახალი.
reset-done = თქვენი პაროლი შეიცვალა. შედით ახალი პაროლით.
reset-ask_again = ახალი ბმულის მოთხოვნა

## account
account-title = ჩემი ანგარიში
account-signed_in_with = თქვენ შედიხართ მისამართით { $email }.
account-name_heading = თქვენი სახელი
account-name = სახელი, რომელსაც სხვები ხედავენ
account-save_name = სახელის შენახვა
account-name_saved = თქვენი სახელი შენახულია.
account-pupil_note = ეს სახელი თქვენმა მასწავლებელმა აირჩია და მასწავლებელი განაგებს მას. თუ უნდა შეიცვალოს, მიმართეთ მასწავლებელს.
account-password_heading = თქვენი პაროლი
account-password_intro = მისი შეცვლისას სხვა მოწყობილობებიდან გამოხვალთ; აქ კი შესული დარჩებით.
account-current_password = მიმდინარე პაროლი
account-new_password = ახალი პაროლი
account-confirm_password = გაიმეორეთ ახალი პაროლი
account-save_password = პაროლის შეცვლა
account-password_saved = თქვენი პაროლი შეიცვალა.
account-current_wrong = ეს არ არის თქვენი მიმდინარე პაროლი.
account-everywhere_heading = ყველგან გამოსვლა
account-everywhere_intro = ასრულებს თქვენს სესიას ყველა მოწყობილობასა და ბრაუზერში, მათ შორის ამაშიც: დაკარგული ტელეფონი ან საერთო კომპიუტერი თქვენს ანგარიშს ვეღარ გახსნის.
account-everywhere = ყველგან გამოსვლა…
account-everywhere_question = გამოხვიდეთ ყველა მოწყობილობიდან, მათ შორის ამიდანაც? ღია გვერდები მაშინვე დაიხურება და მათში ჯერ გაუგზავნელი ყველაფერი დაიკარგება.
account-everywhere_confirm = დიახ, ყველგან გამოსვლა
account-everywhere_done = ყველა მოწყობილობიდან გამოხვედით.
account-cancel = გაუქმება

## admin
admin-nav = დადასტურების პანელი
admin-title = ეროვნული ადმინისტრატორის პანელი
admin-country = ქვეყანა: { $country }
admin-only_national_admins = ეს გვერდი ეროვნული ადმინისტრატორებისთვისაა.
admin-pending_heading = დადასტურების მომლოდინე მასწავლებლები
admin-pending_count =
    { $count ->
        [one] { $count } მასწავლებელი ელოდება.
       *[other] { $count } მასწავლებელი ელოდება.
    }
admin-pending_none = დადასტურებას არცერთი მასწავლებელი არ ელოდება.
admin-select_all = ყველას მონიშვნა
admin-select_first = ჯერ მონიშნეთ მინიმუმ ერთი მასწავლებელი.
admin-validate_selected = მონიშნულების დადასტურება
admin-reject_selected = მონიშნულების უარყოფა…
admin-validated =
    { $count ->
        [one] დადასტურდა { $count } მასწავლებელი.
       *[other] დადასტურდა { $count } მასწავლებელი.
    }
admin-rejected =
    { $count ->
        [one] უარყოფილია { $count } რეგისტრაცია.
       *[other] უარყოფილია { $count } რეგისტრაცია.
    }
admin-reject_question =
    { $count ->
        [one] უარიყოს რეგისტრაცია: { $names }? ეს ადამიანი ვერ შეძლებს შესვლას და ამის გაუქმება შეუძლებელია.
       *[other] უარიყოს ეს { $count } რეგისტრაცია ({ $names })? ეს ადამიანები ვერ შეძლებენ შესვლას და ამის გაუქმება შეუძლებელია.
    }
admin-reject_reason = უარყოფის მიზეზი
admin-reject_heading = რეგისტრაციების უარყოფა
admin-suspend_heading = ანგარიშის შეჩერება
admin-reinstate_heading = ანგარიშის აღდგენა
admin-reject_reason_hint = ინახება აუდიტის ჟურნალში თქვენს სახელთან ერთად.
admin-reject_confirm =
    { $count ->
        [one] { $count } რეგისტრაციის უარყოფა
       *[other] { $count } რეგისტრაციის უარყოფა
    }
admin-failed_one = { $name }: { $why }
admin-school = სკოლა: { $school }
admin-registered = რეგისტრაციის თარიღი: { $date }
admin-search_heading = ანგარიშის ძიება
admin-search_label = სახელი, ელფოსტის მისამართი ან სკოლა
admin-search_hint = მხოლოდ თქვენი ქვეყნის ანგარიშები. ყველას სანახავად, უახლესიდან დაწყებული, დატოვეთ ცარიელი.
admin-search = ძიება
admin-showing = { $from }–{ $to }, სულ { $total }
admin-no_match = შესაბამისი ანგარიში არ არის.
admin-previous = წინა გვერდი
admin-next = შემდეგი გვერდი
admin-suspend = შეჩერება…
admin-suspend_named = შეჩერება: { $name }…
admin-suspend_question = შეჩერდეს ანგარიში: { $name }? ეს ადამიანი მაშინვე გამოვა ყველა მოწყობილობიდან, მისი ღია გვერდები დაიხურება და შესვლას ვერ შეძლებს, სანამ ანგარიშს არ აღადგენთ.
admin-suspend_reason = შეჩერების მიზეზი
admin-suspend_confirm = დიახ, შეჩერება
admin-suspend_done = ანგარიში შეჩერებულია: { $name }.
admin-reinstate = აღდგენა…
admin-reinstate_named = აღდგენა: { $name }…
admin-reinstate_question = აღდგეს ანგარიში: { $name }? ეს ადამიანი კვლავ შეძლებს შესვლას.
admin-reinstate_reason = მიზეზი (არასავალდებულო)
admin-reinstate_confirm = აღდგენა
admin-reinstate_done = ანგარიში აღდგენილია: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = დასადასტურებლად აკრიფეთ სივრცის სათაური: { $text }

## status
status-active = აქტიური
status-pending = დადასტურებას ელოდება
status-suspended = შეჩერებული
status-rejected = უარყოფილი
status-erased = წაშლილი

## names
names-marked = { $name } ({ $mark })

## members
members-username = მომხმარებლის სახელი: { $username }
members-role_of = როლი: { $name }
members-change_role = როლის შეცვლა
members-role_question = შეეცვალოს როლი: { $name } („{ $from }“ → „{ $to }“)?
members-role_consequence = ამიერიდან { $name } შეძლებს ყველაფერს, რაც როლს „{ $to }“ შეუძლია, ყველა მოწყობილობაზე ერთდროულად.
members-role_confirm = როლის შეცვლა
members-role_changed = { $name } ახლა არის „{ $role }“.
members-reset_code = ახალი კოდი
members-reset_question = მიეცეს ახალი შესვლის კოდი: { $name }?
members-reset_consequence = ძველი კოდი მაშინვე წყვეტს მუშაობას და მოსწავლე ყველგან გამოდის სისტემიდან. ახალ ბარათს თქვენ გადასცემთ.
members-reset_confirm = ახალი კოდის შექმნა
members-reset_done = { $name } ახალი კოდი აქვს: გადაეცით ქვემოთ მოცემული ახალი ბარათი.
members-export = მონაცემების ექსპორტი
members-remove = ამოშლა
members-remove_question = ამოიშალოს ამ სივრციდან: { $name }?
members-remove_consequence = { $name } მაშინვე დაკარგავს წვდომას ამ სივრცეზე ყველა მოწყობილობაზე.
members-remove_pupil_kept = მოსწავლის ანგარიში, პოსტები და ფაილები რჩება; მოსწავლის ხელახლა დამატება მოგვიანებით შეგიძლიათ.
members-remove_kept = ამ წევრის პოსტები და ფაილები სივრცეში რჩება.
members-remove_confirm = ამოშლა
members-removed = ამოიშალა: { $name }.
members-erase = ანგარიშის წაშლა
members-leave = ამ სივრციდან გასვლა
members-leave_question = გახვიდეთ სივრციდან „{ $title }“?
members-leave_consequence = მაშინვე დაკარგავთ წვდომას მის ფორუმებზე, ფაილებზე, ჩატსა და ვიდეოზე. უკან დაბრუნება მხოლოდ ადმინისტრატორ მასწავლებელს შეუძლია.
members-leave_kept = რაც დაწერეთ და ატვირთეთ, სივრცეში რჩება.
members-leave_confirm = სივრციდან გასვლა
members-left = თქვენ გახვედით სივრციდან „{ $title }“.

## erase
erase-question = წაიშალოს მოსწავლის ანგარიში: { $name }?
erase-account_gone = მოსწავლის სახელი, მომხმარებლის სახელი და კოდი სამუდამოდ იშლება.
erase-signed_out = მოსწავლე მაშინვე გამოდის სისტემიდან და ვეღარასდროს შეძლებს შესვლას.
erase-no_undo = ამის გაუქმება შეუძლებელია.
erase-export_first = თუ მოსწავლეს ან მის ოჯახს შეიძლება ასლი დასჭირდეს, ჯერ მონაცემების ექსპორტი გააკეთეთ.
erase-posts = მოსწავლის პოსტები და ჩატის შეტყობინებები
erase-posts_keep = შენარჩუნება, ავტორად „ყოფილი მოსწავლე“
erase-posts_remove = სამუდამოდ წაშლა
erase-files = მოსწავლის ფაილები
erase-files_keep = შენარჩუნება, მფლობელად „ყოფილი მოსწავლე“
erase-files_remove = სამუდამოდ წაშლა
erase-confirm = ანგარიშის წაშლა
erase-done = მოსწავლის ანგარიში წაიშალა: { $name }.

## invite_teacher
invite_teacher-title = პარტნიორი მასწავლებლის მოწვევა
invite_teacher-by_email = ელფოსტის მისამართით
invite_teacher-role = როლი
invite_teacher-submit = მოწვევა
invite_teacher-done = { $name } შემოუერთდა როლით „{ $role }“.
invite_teacher-not_etwinner = ამ მისამართით დადასტურებული eTwinner არ არსებობს, ან ამ როლის მინიჭება არ შეგიძლიათ.
invite_teacher-find = eTwinner-ის ძიება
invite_teacher-query = სახელი, სკოლა ან ქვეყანა
invite_teacher-search = ძიება
invite_teacher-results = ნაპოვნი eTwinner-ები
invite_teacher-none = eTwinner ვერ მოიძებნა.
invite_teacher-more = მეტი შედეგი
invite_teacher-member = ამ სივრცის წევრია
invite_teacher-invite = მოწვევა
invite_teacher-role_for = როლი: { $name }

## pupils
pupils-title = მოსწავლეების დამატება
pupils-one_title = ერთი მოსწავლე
pupils-name = მოსწავლის სახელი
pupils-add_one = მოსწავლის დამატება
pupils-class_title = მთელი კლასი
pupils-class_names = მოსწავლეების სახელები
pupils-class_help = თითო სტრიქონზე ერთი სახელი, ისე, როგორც სხვები დაინახავენ მოსწავლეს.
pupils-add_class = კლასის დამატება
pupils-class_empty = დაწერეთ მინიმუმ ერთი სახელი.
pupils-language = გვერდის ენა ამ მოსწავლეებისთვის
pupils-language_help = შესვლის შემდეგ ისინი TwinSpace Live-ს ამ ენაზე დაინახავენ. თითოეულ მოსწავლეს შეუძლია მოგვიანებით შეცვალოს ის.
pupils-line_errors = გასასწორებელი სტრიქონები
pupils-line_error = სტრიქონი { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } სტრიქონს გასწორება სჭირდება; არაფერი შექმნილა.
       *[other] { $count } სტრიქონს გასწორება სჭირდება; არაფერი შექმნილა.
    }
pupils-created =
    { $count ->
        [one] დაემატა { $count } მოსწავლე.
       *[other] დაემატა { $count } მოსწავლე.
    }

## cards
cards-title = შესვლის ბარათები
cards-once = ეს კოდები მხოლოდ ახლა ჩანს. ამ გვერდიდან წასვლამდე დაბეჭდეთ ბარათები ან ჩაიწერეთ კოდები.
cards-site = შესვლის მისამართი:
cards-print = ბარათების დაბეჭდვა
cards-done = მზადაა: კოდების დამალვა

## links
links-tab = სტუმრის ბმულები
links-intro = სტუმრის ბმული ექსპერტს ან დამკვირვებელს საშუალებას აძლევს, სტუმრის სახით შეუერთდეს ამ TwinSpace-ს. ბმულის გამოყენება ნებისმიერს შეუძლია, ვისაც ის აქვს, სანამ მისი ვადა არ ამოიწურება ან გამოყენებები არ ამოიწურება.
links-create_title = სტუმრის ახალი ბმული
links-valid_for = მოქმედების ვადა
links-days =
    { $count ->
        [one] { $count } დღე
       *[other] { $count } დღე
    }
links-uses = გამოყენებების რაოდენობა
links-note = შენიშვნა (ვისთვისაა)
links-create = ბმულის შექმნა
links-new = ახალი ბმული
links-once = დააკოპირეთ ახლავე: ის მხოლოდ ერთხელ ჩანს.
links-copy = კოპირება
links-copied = ბმული დაკოპირდა.
links-select_copy = ბმული მონიშნულია: დასაკოპირებლად დააჭირეთ Ctrl+C (⌘+C).
links-live = მოქმედი ბმულები
links-empty = სტუმრის მოქმედი ბმული არ არის.
links-untitled = სტუმრის ბმული
links-used =
    { $count ->
        [one] გამოყენებულია { $used }-ჯერ { $count }-დან
       *[other] გამოყენებულია { $used }-ჯერ { $count }-დან
    }
links-until = ვადა: { $time }
links-revoke = გაუქმება
links-revoke_question = გაუქმდეს სტუმრის ეს ბმული?
links-revoke_consequence = მისით შემოსვლას ვეღარავინ შეძლებს.
links-revoke_kept = ამ ბმულით შემოსული სტუმრები წევრებად რჩებიან.
links-revoked = ბმული გაუქმდა.

## settings
settings-tab = პარამეტრები
settings-space = სივრცე
settings-pupils = მოსწავლეები
settings-premoderate_pupils = მოსწავლეების პოსტები გამოქვეყნდეს მხოლოდ მასწავლებლის დამტკიცების შემდეგ
settings-pupils_may_create_threads = მოსწავლეებს შეუძლიათ თემების დაწყება
settings-pupils_may_upload = მოსწავლეებს შეუძლიათ ფაილების ატვირთვა
settings-save = შენახვა
settings-saved = პარამეტრები შენახულია.
settings-archive_title = არქივი
settings-archive_text = დაარქივებული სივრცე წევრებისთვის წასაკითხად ხელმისაწვდომი რჩება, მაგრამ მასში ვერავინ დაწერს, ატვირთავს ან ვიდეოსესიას დაიწყებს.
settings-archive = ამ სივრცის დაარქივება
settings-archive_question = დაარქივდეს „{ $title }“?
settings-archive_read_only = ვეღარავინ შეძლებს წერას, ატვირთვას ან რაიმეს შეცვლას.
settings-archive_video = მიმდინარე ვიდეოსესიები მაშინვე დასრულდება.
settings-archive_undo = დამფუძნებელს შეუძლია სივრცის მოგვიანებით ხელახლა გახსნა.
settings-archive_confirm = დაარქივება
settings-archived_title = ეს სივრცე დაარქივებულია
settings-archived_text = ის მხოლოდ წასაკითხადაა. ხელახლა გახსენით, რომ წევრებმა შეძლონ წერა და ატვირთვა.
settings-unarchive = ხელახლა გახსნა
settings-unarchive_question = გაიხსნას ხელახლა „{ $title }“?
settings-unarchive_consequence = წევრები კვლავ შეძლებენ წერას, ატვირთვას და ვიდეოსესიების დაწყებას.
settings-delete_title = სივრცის წაშლა
settings-delete_text = წაშლა სამუდამოდ შლის სივრცეს და მასში არსებულ ყველაფერს.
settings-delete = ამ სივრცის წაშლა
settings-delete_question = წაიშალოს „{ $title }“ სამუდამოდ?
settings-delete_content = იშლება ფორუმის ყველა თემა, ჩატის ყველა შეტყობინება და ყველა ფაილი, მათი ყველა ვერსიით.
settings-delete_members = ყველა წევრი კარგავს სივრცეს; მოსწავლეების ანგარიშები მხოლოდ მათ სხვა სივრცეებში რჩება.
settings-delete_video = მიმდინარე ვიდეოსესიები მაშინვე დასრულდება.
settings-delete_no_undo = აუდიტის ჟურნალიც იშლება. ამის გაუქმება შეუძლებელია.
settings-delete_confirm = სამუდამოდ წაშლა
settings-deleted = „{ $title }“ წაიშალა.

## audit
audit-tab = აუდიტის ჟურნალი
audit-caption = რა გაკეთდა ამ სივრცეში, უახლესიდან დაწყებული
audit-when = როდის
audit-who = ვინ
audit-what = რა
audit-empty = ჯერ არაფერია ჩაწერილი.
audit-older = ძველი ჩანაწერების ჩვენება
audit-system = სერვერი
audit-former_member = ყოფილი წევრი
audit-former_member_target = ყოფილი წევრი
audit-reason = მიზეზი: { $reason }
audit-other = შეასრულა „{ $action }“ { $target }
audit-space-created = შექმნა სივრცე
audit-space-settings_changed = შეცვალა სივრცის პარამეტრები
audit-space-archived = დაარქივა სივრცე
audit-space-unarchived = ხელახლა გახსნა სივრცე
audit-member-invited = მოიწვია როლით „{ $role }“: { $target }
audit-member-role_changed = შეცვალა როლი: { $target } („{ $from }“ → „{ $role }“)
audit-member-removed = ამოშალა წევრი: { $target }
audit-member-left = გავიდა სივრციდან
audit-member-muted = დაადუმა: { $target }
audit-member-unmuted = მოხსნა დადუმება: { $target }
audit-pupil-created = შექმნა მოსწავლე: { $target }
audit-pupil-added = დაამატა მოსწავლე: { $target }
audit-pupil-code_reset = მისცა ახალი შესვლის კოდი: { $target }
audit-pupil-exported = მონაცემების ექსპორტი გააკეთა: { $target }
audit-pupil-erased = წაშალა მოსწავლის ანგარიში
audit-invitation-created = შექმნა სტუმრის ბმული
audit-invitation-revoked = გააუქმა სტუმრის ბმული
audit-invitation-accepted = შემოუერთდა სტუმრის ბმულით
audit-video-started = დაიწყო ვიდეოსესია
audit-video-ended = დაასრულა ვიდეოსესია
audit-video-locked = ჩაკეტა ვიდეოსესია
audit-video-unlocked = განბლოკა ვიდეოსესია
audit-video-admitted = შეუშვა ვიდეოსესიაში: { $target }
audit-video-denied = არ შეუშვა ვიდეოსესიაში: { $target }
audit-video-muted = დაადუმა ვიდეოსესიაში: { $target }
audit-video-unmuted = ვიდეოსესიაში კვლავ მისცა ლაპარაკის ნება: { $target }
audit-video-removed = გააძევა ვიდეოსესიიდან: { $target }
audit-video-spotlight = შეცვალა ვიდეოსესიის ყურადღების ცენტრი
audit-post-hidden = დამალა პოსტი
audit-post-restored = აღადგინა პოსტი
audit-post-approved = დაამტკიცა პოსტი
audit-post-rejected = უარყო პოსტი
audit-post-purged = სამუდამოდ წაშალა პოსტი
audit-post-reported = დაიჩივლა პოსტზე
audit-report-resolved = დახურა საჩივარი
audit-thread-pinned = მიამაგრა თემა
audit-thread-unpinned = მოხსნა თემის მიმაგრება
audit-thread-locked = ჩაკეტა თემა
audit-thread-unlocked = განბლოკა თემა
audit-archive-folder_created = შექმნა საქაღალდე
audit-archive-folder_renamed = გადაარქვა სახელი საქაღალდეს
audit-archive-folder_moved = გადაიტანა საქაღალდე
audit-archive-folder_trashed = საქაღალდე სანაგვეში გადაიტანა
audit-archive-folder_restored = საქაღალდე სანაგვიდან ამოიღო
audit-archive-folder_purged = სამუდამოდ წაშალა საქაღალდე
audit-archive-file_added = დაამატა ფაილი
audit-archive-file_version_added = დაამატა ფაილის ახალი ვერსია
audit-archive-file_renamed = გადაარქვა სახელი ფაილს
audit-archive-file_moved = გადაიტანა ფაილი
audit-archive-file_trashed = ფაილი სანაგვეში გადაიტანა
audit-archive-file_restored = ფაილი სანაგვიდან ამოიღო
audit-archive-file_purged = სამუდამოდ წაშალა ფაილი
audit-chat-expired = წაშალა ჩატის შეტყობინებები, რომელთა შენახვის ვადა ამოიწურა
audit-audit-retention_changed = შეცვალა აუდიტის ჟურნალში ჩანაწერების შენახვის ვადა
audit-group-joined = გაწევრიანდა ჯგუფში
audit-group-requested = ითხოვა ჯგუფში გაწევრიანება
audit-group-request_accepted = მიიღო თხოვნა: { $target }
audit-group-request_declined = უარყო თხოვნა: { $target }
audit-group-request_withdrawn = გააუქმა გაწევრიანების თხოვნა
audit-member-banned = დაბლოკა: { $target }
audit-member-unbanned = მოხსნა დაბლოკვა: { $target }
audit-group-featured = გამოარჩია ჯგუფი
audit-group-unfeatured = შეწყვიტა ჯგუფის გამორჩევა
audit-group-moderator_appointed = დანიშნა მოდერატორად: { $target }

## group_role
group_role-founder = მფლობელი
group_role-admin = მოდერაცია
group_role-teacher = წევრი

## readers
readers-title = ახლა კითხულობენ
readers-more =
    { $count ->
        [one] და კიდევ { $count } ადამიანი
       *[other] და კიდევ { $count } ადამიანი
    }

## groups
groups-nav = ჯგუფები
groups-title = eTwinning-ის ჯგუფები
groups-intro = eTwinner-ების თემები საგნის, თემის ან ინტერესის სფეროს გარშემო. მონაწილეობენ მხოლოდ დადასტურებული eTwinner-ები.
groups-search = ჯგუფის პოვნა
groups-words = სიტყვები სათაურიდან
groups-topic = თემა
groups-language = ენა
groups-language_any = ყველა ენა
groups-language_choose = აირჩიეთ ენა
groups-country = წევრის ქვეყანა
groups-country_any = ყველა ქვეყანა
groups-search_submit = ძიება
groups-found = ჯგუფები
groups-empty = ამ ძიებას არცერთი ჯგუფი არ შეესაბამება.
groups-more = მეტი ჯგუფის ჩვენება
groups-featured = გამორჩეული
groups-topic_is = თემა: { $topic }
groups-members =
    { $count ->
        [one] { $count } წევრი
       *[other] { $count } წევრი
    }
groups-access_short-open = ღია
groups-access_short-closed = დახურული
groups-standing-member = თქვენ ამ ჯგუფის წევრი ხართ. თქვენი როლი: { $role }
groups-standing-requested = თქვენ ითხოვეთ ამ ჯგუფში გაწევრიანება.
groups-standing-banned = ამ ჯგუფის მოდერაციის გუნდი არ გაძლევთ გაწევრიანების უფლებას.
groups-join = გაწევრიანება
groups-ask = გაწევრიანების თხოვნა
groups-ask_message = შეტყობინება მოდერაციის გუნდს (არასავალდებულო)
groups-withdraw = ჩემი თხოვნის გაუქმება
groups-open_group = ჯგუფის გახსნა
groups-joined = თქვენ გაწევრიანდით ჯგუფში „{ $title }“.
groups-asked = თქვენი თხოვნა ჯგუფში „{ $title }“ გაწევრიანების შესახებ გაეგზავნა მოდერაციის გუნდს.
groups-withdrawn = თქვენი თხოვნა ჯგუფში „{ $title }“ გაწევრიანების შესახებ გაუქმდა.
groups-waiting = მოდერაციის გუნდი გიპასუხებთ. ეს გვერდი პასუხს აჩვენებს მისვლისთანავე.
groups-accepted = თქვენი თხოვნა მიღებულია: კეთილი იყოს თქვენი მობრძანება ჯგუფში „{ $title }“.
groups-not_accepted = თქვენი თხოვნა არ მიიღეს. შეგიძლიათ ხელახლა ითხოვოთ.
groups-back = ჯგუფებზე დაბრუნება
groups-create = ჯგუფის შექმნა
groups-group_title = სათაური
groups-description = აღწერა (არასავალდებულო)
groups-access = ვის შეუძლია გაწევრიანება
groups-access-open = ღია: ნებისმიერი eTwinner მაშინვე წევრიანდება
groups-access-closed = დახურული: მოდერაციის გუნდი იღებს თითოეულ თხოვნას
groups-create_submit = ჯგუფის შექმნა
groups-created = ჯგუფი „{ $title }“ შეიქმნა.
groups-members_search = წევრის პოვნა
groups-members_more = მეტი წევრის ჩვენება
groups-leave = ამ ჯგუფის დატოვება
groups-leave_consequence = მაშინვე კარგავთ წვდომას ჯგუფის ფორუმზე, ფაილებზე, ჩატსა და ვიდეოზე.
groups-leave_kept = რაც დაწერეთ და ატვირთეთ, ჯგუფში რჩება. დაბრუნება შეგიძლიათ ჯგუფების კატალოგიდან.
groups-leave_confirm = ჯგუფის დატოვება
groups-requests = გაწევრიანების თხოვნები
groups-requests_empty = არავინ ელოდება.
groups-accept = მიღება
groups-decline = უარყოფა
groups-accepted_member = { $name } ახლა წევრია.
groups-declined = თხოვნა უარყოფილია: { $name }.
groups-ban = დაბლოკვა
groups-ban_question = დაიბლოკოს { $name } ამ ჯგუფში?
groups-ban_consequence = { $name } მაშინვე ტოვებს ჯგუფს და ვეღარ გაწევრიანდება და ვეღარც ითხოვს ამას.
groups-ban_kept = პოსტები და ფაილები ჯგუფში რჩება. დაბლოკვის მოხსნა მოგვიანებით შეგიძლიათ.
groups-ban_reason = მიზეზი (არასავალდებულო, ინახება ჟურნალში)
groups-ban_confirm = დაბლოკვა
groups-banned = დაბლოკილია: { $name }.
groups-bans = დაბლოკილი eTwinner-ები
groups-bans_empty = დაბლოკვები არ არის.
groups-lift = დაბლოკვის მოხსნა
groups-lifted = { $name } ისევ შეძლებს გაწევრიანებას.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = აირჩიეთ ახალი TwinSpace Live პაროლი
mail-reset_body =
    გამარჯობა, { $name }!

    ვიღაცამ, სავარაუდოდ თქვენ, მოითხოვა ახალი პაროლის არჩევა თქვენი TwinSpace Live ანგარიშისთვის.
    მის ასარჩევად გახსენით ეს ბმული (ის ერთხელ მუშაობს, { $minutes } წუთის განმავლობაში):

    { $link }

    ახალი პაროლის არჩევისას ყველა სხვა ადგილიდან გამოხვალთ.
    თუ ეს არ მოგითხოვიათ, ყურადღებას ნუ მიაქცევთ ამ წერილს: თქვენი პაროლი უცვლელი რჩება.

    TwinSpace Live

## events (issue 22)
events-nav = ღონისძიებები
events-title = მომავალი ღონისძიებები
events-empty = თქვენთვის ჯერ მომავალი ღონისძიებები არ არის.
events-more = მეტი ღონისძიების ჩვენება
events-schedule = ღონისძიების დაგეგმვა
events-zone = დრო ნაჩვენებია თქვენს სასაათო სარტყელში: { $zone }
events-audience-etwinners = ყველა eTwinner-ი
events-audience-country = ამ ქვეყნის eTwinner-ები: { $country }
events-audience-group = ჯგუფის წევრები
events-audience-twinspace = TwinSpace-ის წევრები
events-organising = ამ ღონისძიებას თქვენ აწყობთ.
events-registered = თქვენი რეგისტრაცია შენახულია.
events-waiting = მოლოდინის სიაში ხართ (ადგილი { $position }).
events-state-live = ახლა პირდაპირ ეთერში
events-state-ended = ეს ღონისძიება დასრულდა.
events-state-cancelled = ეს ღონისძიება გაუქმდა.
events-places = დაკავებული ადგილები: { $taken } / { $capacity }
event_form-new_title = ღონისძიების დაგეგმვა
event_form-edit_title = ღონისძიების შეცვლა
event_form-title = სათაური
event_form-description = აღწერა
event_form-date = თარიღი
event_form-time = დაწყების დრო
event_form-duration = ხანგრძლივობა წუთებში
event_form-space = ჯგუფი ან TwinSpace
event_form-speakers_hint = აირჩიეთ თქვენი ჯგუფებისა და TwinSpace-ების მასწავლებლებიდან.
event_form-no_speakers = ჯერ ასარჩევი არავინაა.
event_form-create = ღონისძიების დაგეგმვა
event_form-save = ცვლილებების შენახვა
event_form-created = „{ $title }“ დაგეგმილია.
event_form-saved = „{ $title }“-ის ცვლილებები შენახულია.
event_form-start_past = აირჩიეთ დაწყება მომავალში.
event-title = ღონისძიება
event-back = ყველა ღონისძიება
event-when = როდის
event-language = ენა
event-audience = ვის შეუძლია რეგისტრაცია
event-organiser = ორგანიზატორი
event-speakers = მომხსენებლები
event-places = ადგილები
event-no_speakers = მომხსენებლები ჯერ არ არის მითითებული.
event-waiting_count = მოლოდინში: { $waiting }
event-registration = თქვენი ადგილი
event-speaking = ამ ღონისძიებაზე თქვენ გამოდიხართ.
event-full = ყველა ადგილი დაკავებულია: თუ დარეგისტრირდებით, მოლოდინის სიაში მოხვდებით.
event-register = რეგისტრაცია
event-unregister = ჩემი ადგილის დათმობა
event-leave_waiting = მოლოდინის სიიდან გასვლა
event-unregister_confirm_title = დატოვებთ „{ $title }“-ს?
event-unregister_confirm = თქვენს რიგს მოლოდინის სიის შემდეგი პირი მიიღებს. თუ ხელახლა დარეგისტრირდებით, შესაძლოა მოგიწიოთ ლოდინი.
event-unregistered = თქვენი რეგისტრაცია გაუქმებულია.
event-calendar = ჩემს კალენდარში დამატება (.ics)
event-organiser_tools = ორგანიზატორისთვის
event-edit = ღონისძიების შეცვლა
event-cancel = ღონისძიების გაუქმება
event-keep = ღონისძიების შენარჩუნება
event-cancel_confirm_title = გაუქმდეს „{ $title }“?
event-cancel_confirm_lost = ვეღარავინ დარეგისტრირდება და ყველა დაინახავს, რომ გაუქმებულია. ამის დაბრუნება შეუძლებელია. რეგისტრაციები და კითხვები შენახული რჩება.
event-cancelled = ღონისძიება გაუქმებულია.
event-registrants = რეგისტრაციები
event-waiting_list = მოლოდინის სია
event-nobody = ჯერ არავინ.
event-attendance = დასწრება
event-attendance_hint = ვინ ადევნებდა თვალს ღონისძიების გვერდს პირდაპირი ეთერის დროს და რამდენ ხანს.
event-attendance_none = ღონისძიებას პირდაპირ ეთერში არავინ ადევნებდა თვალს.
event-minutes = { $minutes } წთ
qa-title = კითხვები და პასუხები
qa-empty = ჯერ კითხვები არ არის.
qa-closed = კითხვები დახურულია: ღონისძიება დასრულდა.
qa-need_place = დარეგისტრირდით, რომ დასვათ კითხვა ან მხარი დაუჭიროთ კითხვას.
qa-your_question = თქვენი კითხვა
qa-ask = კითხვის დასმა
qa-asked = თქვენი კითხვა გაიგზავნა.
qa-upvote = მხარდაჭერა
qa-upvoted = მხარდაჭერილია
qa-votes = ხმები: { $votes }
qa-by = კითხვის ავტორი: { $name }
qa-by_gone = კითხვის ავტორი: წაშლილი ანგარიში
qa-answer = პასუხი: { $answer }
qa-state-picked = ახლა პასუხობენ
qa-state-answered = პასუხგაცემულია
qa-state-hidden = დამალულია
qa-pick = არჩევა
qa-unpick = სიაში დაბრუნება
qa-hide = დამალვა
qa-restore = აღდგენა
qa-answer_label = წერილობითი პასუხი (არასავალდებულო)
qa-mark_answered = პასუხგაცემულად მონიშვნა
qa-gone = ამ კითხვებს ვეღარ ადევნებთ თვალს.
audit-event-created = დაგეგმა ღონისძიება „{ $title }“
audit-event-updated = შეცვალა ღონისძიება „{ $title }“
audit-event-cancelled = გააუქმა ღონისძიება „{ $title }“
audit-event-question_moderated = მოდერირება გაუწია ღონისძიების „{ $title }“ კითხვას

## the live webinar (issue 22)
live-title = პირდაპირი ვიდეო
live-not_started = პირდაპირი ვიდეო ჯერ არ დაწყებულა.
live-ended = პირდაპირი ვიდეო დასრულდა.
live-connecting = პირდაპირ ვიდეოსთან დაკავშირება…
live-need_place = პირდაპირი ვიდეოს ყურება მხოლოდ ადგილის მქონეებს შეუძლიათ.
live-watching_you = თქვენ უყურებთ პირდაპირ ვიდეოს.
live-on_air = თქვენ პირდაპირ ეთერში ხართ: ყველა გხედავთ და გისმენთ.
live-recording = ეს ღონისძიება იწერება.
live-speaking = საუბრობს: { $names }
live-nobody_speaking = ჯერ არავინ საუბრობს.
live-watching = უყურებს: { $watching }
live-start = პირდაპირი ვიდეოს დაწყება
live-end = პირდაპირი ვიდეოს დასრულება
live-end_confirm_title = დასრულდეს „{ $title }“-ის პირდაპირი ვიდეო?
live-end_confirm_lost = ვიდეო ყველასთვის ჩერდება, მომხსენებლებისთვისაც და მაყურებლებისთვისაც. ღონისძიების განმავლობაში შეგიძლიათ თავიდან დაიწყოთ; კითხვები შენახული რჩება.
live-go_live = პირდაპირ ეთერში გასვლა
live-stop = ჩემი ვიდეოს შეჩერება
live-hand_raised = თქვენი ხელი აწეულია: მოდერატორს შეუძლია მოგიწვიოთ სასაუბროდ.
live-invited = მოგიწვიეს სასაუბროდ: გადით პირდაპირ ეთერში, როცა მზად იქნებით.
live-returned = თქვენ ისევ მაყურებლებს შორის ხართ.
live-hands = აწეული ხელები
live-no_hands = არავის აუწევია ხელი.
live-promote = { $name }-ის მოწვევა სასაუბროდ
live-return = { $name }-ის დაბრუნება მაყურებლებში
live-record_start = ჩაწერის დაწყება
live-record_stop = ჩაწერის შეჩერება

## the event's recordings and seat (issue 22)
event-moved_up = ახლა ადგილი გაქვთ: მოლოდინის სიიდან გადმოხვედით.
live-off_stage_returned = მოდერატორმა დაგაბრუნათ მაყურებლებში.
live-off_stage_muted = ამ სივრცეში ხმა გაგითიშეს: თქვენ ისევ მაყურებლებს შორის ხართ.
live-off_stage_removed = თქვენ აღარ ხართ ამ სივრცის წევრი: თქვენ ისევ მაყურებლებს შორის ხართ.
live-off_stage_unnamed = თქვენ აღარ ხართ ამ ღონისძიების მომხსენებელი: თქვენ ისევ მაყურებლებს შორის ხართ.
recordings-title = ჩანაწერები
recordings-processing = ჩანაწერი მუშავდება: აქ გამოჩნდება, როცა მზად იქნება.
recordings-take = ჩაწერილია { $when } · { $length }
recordings-video = ვიდეო: { $speaker }
recordings-audio = ხმა: { $speaker }
recordings-former_speaker = ყოფილი მომხსენებელი
