### TwinSpace Live: focail an leathanaigh i nGaeilge.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Gaeilge

## app
app-name = TwinSpace Live
app-skip = Léim go dtí an t-ábhar
app-nav = Príomhroghchlár
app-language = Teanga
app-sign_out = Sínigh amach
app-signed_in_as = Sínithe isteach mar { $name }
app-loading = Á lódáil…

## conn
conn-lost = Cailleadh an ceangal. Ag athcheangal…
conn-back = Ceangailte arís.
conn-failed = Dúnadh an ceangal beo. Athlódáil an leathanach chun triail eile a bhaint as.
conn-session_ended = Tá do sheisiún thart. Sínigh isteach arís, le do thoil.
conn-account_locked = Ní féidir an cuntas seo a úsáid a thuilleadh. Sínigh isteach arís le fáil amach cén fáth.
conn-closed-auth_missing = Ní bhfuair an ceangal beo do shíniú isteach in am. Athlódáil an leathanach.
conn-closed-session_invalid = Níl do sheisiún bailí a thuilleadh. Sínigh isteach arís, le do thoil.
conn-closed-session_expired = Tá do sheisiún imithe in éag. Sínigh isteach arís, le do thoil.
conn-closed-signed_out = Síníodh amach thú. Sínigh isteach arís, le do thoil.
conn-closed-account_locked = Ní féidir an cuntas seo a úsáid a thuilleadh. Sínigh isteach arís le fáil amach cén fáth.
conn-closed-too_many_connections = Tá an iomarca leathanach oscailte ag an am céanna sa chuntas seo. Dún roinnt cluaisíní, ansin athlódáil an leathanach seo.
conn-closed-too_many_messages = Sheol an leathanach seo an iomarca rudaí róthapa. Fan nóiméad, ansin athlódáil é.
conn-closed-frame_too_large = Sheol an leathanach seo rud éigin atá rómhór. Athlódáil an leathanach agus bain triail eile as.
conn-closed-idle_timeout = Bhí an ceangal beo ciúin rófhada agus dúnadh é. Ag athcheangal…
conn-closed-slow_consumer = Thit an ceangal beo chun deiridh. Ag athcheangal…
conn-closed-server_restarting = Tá an freastalaí ag atosú. Ag athcheangal i gceann nóiméid…
conn-closed-server_shutting_down = Tá an freastalaí a raibh tú ceangailte leis ag stopadh. Ag athcheangal…
conn-closed-unavailable = Tá an freastalaí gnóthach. Ag athcheangal i gceann nóiméid…
conn-closed-internal = Tharla earráid ar an bhfreastalaí. Ag athcheangal i gceann nóiméid…

## login
login-title = Sínigh isteach
login-intro = Síníonn múinteoirí agus aíonna isteach lena seoladh ríomhphoist. Úsáideann daltaí an t-ainm úsáideora agus an cód a thug a múinteoir dóibh.
login-teacher = Múinteoirí agus aíonna
login-pupil = Daltaí
login-email = Seoladh ríomhphoist
login-password = Pasfhocal
login-username = Ainm úsáideora
login-code = Cód
login-submit = Sínigh isteach
login-pupil_submit = Sínigh isteach mar dhalta
login-forgot = Ar dhearmad tú do phasfhocal?
login-register = Níl cuntas agat fós? Cruthaigh cuntas eTwinner
login-pupil_forgot = Ar dhearmad tú do chód? Iarr cód nua ar do mhúinteoir.

## invite
invite-title = Téigh isteach i TwinSpace mar aoi
invite-intro = Tugadh cuireadh duit chuig TwinSpace. Roghnaigh an t-ainm a fheicfidh daoine eile, agus socraigh pasfhocal.
invite-display_name = D’ainm
invite-submit = Glac leis an gcuireadh
invite-checking = Do chuireadh á sheiceáil…
invite-for_space = Tugadh cuireadh duit chuig “{ $title }”.
invite-unknown = Níl aithne ar an nasc cuiridh seo. Féach ar chóipeáil tú an nasc ar fad, nó iarr nasc nua ar an múinteoir a sheol é.
invite-expired = Tá an nasc cuiridh seo imithe in éag. Iarr nasc nua ar an múinteoir a sheol é.
invite-used_up = Úsáideadh an nasc cuiridh seo an líon uaireanta a cheadaítear. Iarr nasc nua ar an múinteoir a sheol é.
invite-revoked = Chúlghair múinteoir an nasc cuiridh seo.
invite-closed = Tá spás an chuiridh seo dúnta.

## spaces
spaces-title = Mo spásanna
spaces-empty = Níl tú i do bhall d’aon spás fós.
spaces-create = Cruthaigh spás
spaces-kind = Cineál
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Seomra
spaces-kind-group = Grúpa
spaces-space_title = Teideal
spaces-description = Cur síos (roghnach)
spaces-create_submit = Cruthaigh
spaces-created = Cruthaíodh an spás “{ $title }”.
spaces-my_role = Do ról: { $role }
spaces-archived = cartlannaithe

## space
space-back = Ar ais chuig mo spásanna
space-sections = Codanna den spás seo
space-members = Baill
space-online_count =
    { $count ->
        [one] { $count } ar líne
        [two] { $count } ar líne
        [few] { $count } ar líne
        [many] { $count } ar líne
       *[other] { $count } ar líne
    }
space-online = ar líne
space-offline = as líne
space-you = (tusa)
space-refreshed = Tugadh an liosta cothrom le dáta.
space-gone = Níl an spás seo ar fáil duit a thuilleadh.

## chat
chat-title = Comhrá
chat-empty = Níl aon teachtaireacht ann fós.
chat-message = Teachtaireacht
chat-send = Seol
chat-pending = (ag fanacht le múinteoir)
chat-typing = Tá { $name } ag clóscríobh…
chat-teachers_tab = Clár Fógraí na Múinteoirí
chat-teachers_title = Clár Fógraí na Múinteoirí
chat-session_title = Comhrá an tseisiúin
chat-older = Taispeáin teachtaireachtaí níos sine
chat-new_messages = Teachtaireachtaí nua
chat-mention_list = Baill le lua
chat-mention_hint = Clóscríobh @ agus ainm chun ball a lua.
chat-hidden = (folaithe ag múinteoir)
chat-deleted = (scriosta)
chat-rejected = (níor thaispeáin múinteoir í)
chat-edited = (curtha in eagar)
chat-mentions_you = luaitear thú
chat-edit = Cuir in eagar
chat-edit_label = Cuir do theachtaireacht in eagar
chat-save = Sábháil
chat-cancel = Cealaigh
chat-delete = Scrios
chat-delete_confirm = Scrios í
chat-hide = Folaigh
chat-restore = Athchóirigh
chat-approve = Ceadaigh
chat-reject = Diúltaigh
chat-report = Tuairiscigh
chat-reported = Go raibh maith agat. Breathnóidh na múinteoirí ar an teachtaireacht seo.
chat-mute = Balbhaigh
chat-mute_question = Balbhaigh { $name }?
chat-mute_for = Balbhaigh { $name } ar feadh
chat-minutes =
    { $count ->
        [one] { $count } nóiméad
        [two] { $count } nóiméad
        [few] { $count } nóiméad
        [many] { $count } nóiméad
       *[other] { $count } nóiméad
    }
chat-mute_confirm = Balbhaigh anois
chat-muted_other = Ní féidir le { $name } scríobh go dtí { $time }.
chat-muted_you = Chuir múinteoir stop le do chuid scríbhneoireachta go dtí { $time }. Is féidir leat an comhrá a léamh fós.
chat-unmuted_you = Is féidir leat scríobh sa chomhrá arís.
chat-gone = Níl an comhrá seo ar fáil duit a thuilleadh.

## role
role-founder = Bunaitheoir
role-admin = Riarthóir
role-teacher = Múinteoir
role-pupil_admin = Dalta-riarthóir
role-pupil = Dalta
role-guest = Aoi

## error
error-bad_credentials = Níl na sonraí sínithe isteach ceart. Seiceáil iad agus bain triail eile as.
error-rate_limited = An iomarca iarrachtaí. Fan nóiméad agus bain triail eile as.
error-invalid = Níl roinnt réimsí líonta isteach i gceart.
error-not_found = Níl an leathanach seo ann, nó ní féidir leat é a fheiceáil.
error-forbidden = Níl cead agat é seo a dhéanamh.
error-gone = Níl sé seo ann a thuilleadh, nó ní oibríonn sé a thuilleadh.
error-conflict = Tagann sé seo salach ar rud atá ann cheana.
error-gone-revoked = Ní oibríonn an nasc cuiridh seo a thuilleadh: chúlghair múinteoirí an spáis é.
error-gone-expired = Ní oibríonn an nasc cuiridh seo a thuilleadh: tá sé imithe in éag.
error-gone-used_up = Ní oibríonn an nasc cuiridh seo a thuilleadh: úsáideadh é an líon uaireanta a cheadaítear.
error-conflict-name_taken = Tá “{ $name }” ann cheana. Roghnaigh ainm eile.
error-conflict-in_trash = Tá “{ $name }” sa bhruscar: athchóirigh é ar dtús.
error-conflict-not_in_trash = Níl “{ $name }” sa bhruscar.
error-conflict-parent_in_trash = Bhí “{ $name }” i bhfillteán atá sa bhruscar anois: athchóirigh an fillteán sin ar dtús.
error-conflict-folder_not_empty = Níl an fillteán “{ $name }” folamh: bog a bhfuil ann go dtí an bruscar ar dtús.
error-conflict-wrong_status = Ní cheadaíonn stádas an chuntais seo ({ $status }) é seo.
error-unauthenticated = Sínigh isteach, le do thoil.
error-network = Níorbh fhéidir teagmháil a dhéanamh leis an bhfreastalaí. Seiceáil do cheangal agus bain triail eile as.
error-generic = Tharla earráid. Bain triail eile as, le do thoil.
error-too_large = Tá sé seo rómhór.
error-quota_exceeded = Níl go leor spáis stórála fágtha sa spás seo.
error-unsupported = Ní féidir leis an bhfreastalaí glacadh leis an gcineál seo iarratais.
error-aborted = Stopadh an uaslódáil.
error-rate_limited_wait = An iomarca iarrachtaí. Bain triail eile as { $wait }.
error-fields = Tá aird de dhíth ar roinnt réimsí: féach an teachtaireacht faoi gach ceann acu.
error-account_rejected = Níor ghlac riarthóir náisiúnta do thíre leis an gclárú seo, mar sin ní féidir síniú isteach leis an gcuntas seo. Má cheapann tú gur botún é seo, déan teagmháil le hEagraíocht Tacaíochta Náisiúnta eTwinning do thíre.
error-account_suspended = Chuir riarthóir náisiúnta do thíre an cuntas seo ar fionraí: ní féidir síniú isteach leis faoi láthair. Chun fáil amach cén fáth, nó chun iarraidh go gcuirfí ar ais é, déan teagmháil le hEagraíocht Tacaíochta Náisiúnta eTwinning do thíre.
error-malformed = Sheol an leathanach rud éigin nárbh fhéidir leis an bhfreastalaí a léamh. Athlódáil an leathanach agus bain triail eile as.
error-csrf = Theip ar sheiceáil slándála an leathanaigh. Athlódáil an leathanach agus bain triail eile as.
error-limit_exceeded = Sáraíonn sé seo teorainn atá socraithe don spás seo.
error-unavailable = Tá an freastalaí gnóthach nó níl cuid de ag freagairt. Bain triail eile as i gceann nóiméid.
error-internal = Tharla earráid ar an bhfreastalaí. Bain triail eile as ar ball.
error-insufficient_storage = Níl spás ar bith fágtha ar an bhfreastalaí do chomhaid. Níor sábháladh aon rud; inis do theagmhálaí eTwinning do scoile, le do thoil.
error-request_timeout = Thóg an seoladh rófhada agus stopadh é. Seiceáil do cheangal agus bain triail eile as.
error-conflict-not_a_guest = Baineann an seoladh ríomhphoist seo le cuntas eTwinning. Is iad riarthóirí an spáis a thugann cuireadh do mhúinteoirí, ní nasc aoi.

## notice
notice-post-pending = Go raibh maith agat! Léifidh múinteoir do phostáil sula mbeidh sí le feiceáil ag cách.
notice-post-approved = Léigh múinteoir do phostáil. Anois is féidir le cách sa tionscadal í a fheiceáil.
notice-post-rejected = Chinn múinteoir gan do phostáil a thaispeáint. Is féidir leat fiafraí de do mhúinteoir cén fáth.
notice-post-hidden = Chuir múinteoir do phostáil i bhfolach go fóill. Is féidir leat fiafraí de do mhúinteoir cén fáth.
notice-post-restored = Thaispeáin múinteoir do phostáil arís. Is féidir le cách í a fheiceáil anois.
notice-post-purged = Bhain múinteoir do phostáil amach.
notice-member-muted = Is féidir leat an tionscadal a léamh, ach ní féidir leat scríobh ar feadh tamaill.
notice-member-unmuted = Is féidir leat scríobh sa tionscadal arís.
notice-chat-mention = Luaigh { $name } thú sa chomhrá.

## video
video-section = Fís
video-open_sessions = Seisiúin físe oscailte
video-none = Níl aon seisiún físe oscailte.
video-start_title = Tosaigh seisiún físe
video-title = Teideal (roghnach)
video-lobby = Fanann daltaí sa seomra feithimh go dtí go ligfidh múinteoir isteach iad
video-start = Tosaigh
video-join_named = Téigh isteach in “{ $title }”
video-nobody_in_call = Níl aon duine sa ghlao fós
video-people_in_call =
    { $count ->
        [one] { $count } duine sa ghlao
        [two] { $count } dhuine sa ghlao
        [few] { $count } dhuine sa ghlao
        [many] { $count } nduine sa ghlao
       *[other] { $count } duine sa ghlao
    }
video-locked = (faoi ghlas)
video-back = Ar ais chuig an spás
video-participants = Rannpháirtithe
video-my_controls = Do mhicreafón agus do cheamara
video-chat = Comhrá an tseisiúin
video-starting_media = Do cheamara agus do mhicreafón á dtosú…
video-in_call = Tá tú sa ghlao.
video-waiting_in_lobby = Tá tú sa seomra feithimh. Ligfidh múinteoir isteach thú go luath.
video-no_media = Níorbh fhéidir ceamara ná micreafón a úsáid: is féidir leat na daoine eile a fheiceáil agus a chloisteáil fós.
video-partial_media = Níorbh fhéidir ach cuid de do cheamara agus de do mhicreafón a úsáid.
video-enable_sound = Cas an fhuaim air
video-mic_on = Micreafón ar siúl
video-mic_off = Micreafón múchta
video-mic_forced = Balbhaithe ag múinteoir
video-camera_on = Ceamara ar siúl
video-camera_off = Ceamara múchta
video-hand_raised = Lámh in airde
video-mute_me = Múch mo mhicreafón
video-unmute_me = Cas mo mhicreafón air
video-camera_stop = Múch mo cheamara
video-camera_start = Cas mo cheamara air
video-hand_raise = Ardaigh mo lámh
video-hand_lower = Ísligh mo lámh
video-leave = Fág
video-you_are_muted = Bhalbhaigh múinteoir thú. Is féidir leat do mhicreafón a chasadh air nuair a cheadóidh múinteoir é.
video-muted_by_teacher = Mhúch múinteoir do mhicreafón.
video-unmute_allowed = Ceadaíonn múinteoir duit do mhicreafón a chasadh air arís.
video-mute_other = Balbhaigh
video-mute_named = Balbhaigh { $name }
video-allow_unmute = Ceadaigh an micreafón
video-allow_unmute_named = Ceadaigh an micreafón: { $name }
video-remove = Bain amach
video-remove_named = Bain { $name } den seisiún
video-lobby_title = Seomra feithimh
video-lobby_empty = Níl aon duine ag fanacht.
video-admit = Lig isteach
video-admit_named = Lig { $name } isteach
video-deny = Ná lig isteach
video-deny_named = Ná lig { $name } isteach
video-manage = An seisiún seo
video-is_open = Oscailte: is féidir le baill dul isteach.
video-is_locked = Faoi ghlas: ní féidir ach le múinteoirí dul isteach.
video-lock = Cuir an seisiún faoi ghlas
video-end = Cuir deireadh leis an seisiún do chách
video-ended = Tá an seisiún thart.
video-ended_space_archived = Tá an seisiún thart: cartlannaíodh a spás.
video-ended_space_deleted = Tá an seisiún thart: scriosadh a spás.
video-ended_empty = Tá an seisiún thart: ní raibh aon duine ann le tamall.
video-no_teacher_yet = Níl aon mhúinteoir sa seisiún seo fós, mar sin ní féidir le haon duine tú a ligean isteach. Is féidir leat fanacht anseo nó imeacht.
video-leave_lobby = Fág an seomra feithimh
video-removed = Bhain múinteoir den seisiún thú.
video-denied = Níor lig múinteoir isteach sa seisiún seo thú.
video-left = D’fhág tú an seisiún.
video-full = Tá an seisiún seo lán.
video-refused = Ní féidir leat dul isteach sa seisiún seo.
video-signal_refused = Dhiúltaigh an freastalaí don mhéid a sheol do bhrabhsálaí. Fág an seisiún agus téigh isteach arís.
video-sfu_moving = Tá an seisiún ag fás: an glao á bhogadh chuig freastalaí meán an ranga…
video-sfu_unreachable = Ní féidir teacht ar fhreastalaí meán an ranga. Ag iarraidh arís…
video-sfu_no_seat = Tá gach áit cheamara sa seisiún seo tógtha: feiceann agus cloiseann tú na daoine eile, ach ní fheiceann ná ní chloiseann siad thusa.
video-sfu_not_sent = Níorbh fhéidir do cheamara agus do mhicreafón a sheoladh. Feiceann agus cloiseann tú na daoine eile fós.

## forum
forum-title = Fóram
forum-threads = Snáitheanna
forum-posts = Postálacha
forum-areas = Réimsí an fhóraim
forum-area-open = Fóram oscailte
forum-area-teachers = Clár Fógraí na Múinteoirí
forum-empty = Níl aon snáithe ann fós.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } phostáil · { $when }
        [two] { $author } · { $count } phostáil · { $when }
        [few] { $author } · { $count } phostáil · { $when }
        [many] { $author } · { $count } bpostáil · { $when }
       *[other] { $author } · { $count } postáil · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nua
        [two] { $count } nua
        [few] { $count } nua
        [many] { $count } nua
       *[other] { $count } nua
    }
forum-pinned = greamaithe
forum-locked = faoi ghlas
forum-new_thread = Tosaigh snáithe
forum-new_bulletin = Tosaigh snáithe ar Chlár Fógraí na Múinteoirí
forum-thread_title = Teideal an tsnáithe
forum-first_post = An chéad phostáil
forum-start = Tosaigh an snáithe
forum-thread_started = Tosaíodh an snáithe.
forum-thread_held = Go raibh maith agat! Léifidh múinteoir do shnáithe sula mbeidh sé le feiceáil ag cách.
forum-back = Ar ais chuig na snáitheanna
forum-reply_label = D’fhreagra
forum-send = Postáil an freagra
forum-no_reply = Ní féidir leat freagra a thabhairt sa snáithe seo.
forum-held = Go raibh maith agat! Léifidh múinteoir do phostáil sula mbeidh sí le feiceáil ag cách.
forum-edited = (curtha in eagar)
forum-edit = Cuir in eagar
forum-edit_label = Cuir do phostáil in eagar
forum-save = Sábháil
forum-saved = Athraíodh do phostáil.
forum-cancel = Cealaigh
forum-delete = Scrios
forum-deleted = Scriosadh an phostáil.
forum-report = Tuairiscigh
forum-report_reason = Cad atá cearr leis an bpostáil seo? (roghnach)
forum-report_send = Seol an tuairisc
forum-reported = Go raibh maith agat. Cuireadh na múinteoirí ar an eolas.
forum-hide = Folaigh
forum-restore = Athchóirigh
forum-approve = Ceadaigh
forum-reject = Diúltaigh
forum-done-hide = Tá an phostáil folaithe ón rang.
forum-done-restore = Tá an phostáil le feiceáil arís.
forum-done-approve = Ceadaíodh an phostáil: feiceann cách í.
forum-done-reject = Diúltaíodh don phostáil: ní fheiceann ach a húdar í.
forum-state-pending = ag fanacht le múinteoir
forum-state-hidden = folaithe
forum-state-rejected = gan foilsiú
forum-state-deleted = scriosta
forum-pin = Greamaigh
forum-unpin = Díghreamaigh
forum-lock = Cuir faoi ghlas
forum-unlock = Bain an glas de
forum-thread_changed = Athraíodh an snáithe.
forum-thread_gone = Níl an snáithe seo ar fáil duit a thuilleadh.
forum-moderation = Modhnóireacht
forum-queue = Ag fanacht le ceadú
forum-queue_empty = Níl aon phostáil ag fanacht.
forum-reports = Tuairiscí
forum-reports_empty = Níl aon tuairisc oscailte.
forum-reported_by = tuairiscithe ag { $name }
forum-report_said = Cúis: { $reason }
forum-resolve = Dún an tuairisc
forum-resolved = Tá an tuairisc dúnta.

## reactions
reaction-bar = Imoibrithe
reaction-add = Cuir imoibriú leis
reaction-picker = Roghnaigh imoibriú
reaction-count =
    { $count ->
        [one] { $name }: { $count } duine
        [two] { $name }: { $count } dhuine
        [few] { $name }: { $count } dhuine
        [many] { $name }: { $count } nduine
       *[other] { $name }: { $count } duine
    }
reaction-thumbs_up = Ordóg suas
reaction-heart = Croí
reaction-clap = Maith thú
reaction-laugh = Greannmhar
reaction-idea = Smaoineamh maith
reaction-question = Tá ceist agam

## archive
archive-title = Comhaid
archive-usage = { $used } as { $quota } in úsáid
archive-where = Fillteán
archive-top = Gach comhad
archive-empty = Tá an fillteán seo folamh.
archive-contents = Fillteáin agus comhaid
archive-name = Ainm
archive-size = Méid
archive-by = Curtha leis ag
archive-when = Athraithe
archive-actions = Gníomhartha
archive-former_member = iarbhall
archive-choose = Roghnaigh comhad
archive-upload = Uaslódáil
archive-progress = Dul chun cinn na huaslódála
archive-uploading = { $name } á uaslódáil: { $percent }
archive-uploaded = Uaslódáladh “{ $name }”.
archive-too_large = Tá an comhad seo rómhór: ní féidir le comhad a bheith níos mó ná { $max }.
archive-quota = Níl go leor spáis fágtha i gcomhaid an spáis seo ({ $free } saor). Iarr ar mhúinteoir seanchomhaid a bhaint.
archive-new_folder = Fillteán nua
archive-create_folder = Cruthaigh an fillteán
archive-folder_created = Cruthaíodh an fillteán “{ $name }”.
archive-download = Íoslódáil
archive-download_named = Íoslódáil { $name }
archive-rename = Athainmnigh
archive-rename_named = Athainmnigh { $name }
archive-new_name = Ainm nua
archive-save = Sábháil
archive-cancel = Cealaigh
archive-renamed = Athainmníodh mar “{ $name }”.
archive-trash = Bog go dtí an bruscar
archive-trash_named = Bog go dtí an bruscar: { $name }
archive-trashed = Tá “{ $name }” sa bhruscar.
archive-show_trash = Bruscar
archive-trash_empty = Tá an bruscar folamh.
archive-restore = Athchóirigh
archive-restore_named = Athchóirigh { $name }
archive-restored = Tá “{ $name }” ar ais.
archive-purge = Scrios go buan
archive-purge_named = Scrios { $name } go buan
archive-purged = Scriosadh “{ $name }” go buan.
archive-choose_first = Roghnaigh comhad le huaslódáil.
archive-no_file = Níor roghnaíodh comhad fós.
archive-name_taken = Tá rud éigin leis an ainm seo anseo cheana. Roghnaigh ainm eile.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Líon isteach an réimse seo.
field-unknown = Níl súil leis an réimse seo anseo.
field-type = Níl an luach seo den chineál ceart.
field-blank = Scríobh rud éigin anseo: ní leor spásanna amháin.
field-too_short =
    { $count ->
        [one] Scríobh { $min } charachtar ar a laghad.
        [two] Scríobh { $min } charachtar ar a laghad.
        [few] Scríobh { $min } charachtar ar a laghad.
        [many] Scríobh { $min } gcarachtar ar a laghad.
       *[other] Scríobh { $min } carachtar ar a laghad.
    }
field-too_long =
    { $count ->
        [one] Scríobh { $max } charachtar ar a mhéad.
        [two] Scríobh { $max } charachtar ar a mhéad.
        [few] Scríobh { $max } charachtar ar a mhéad.
        [many] Scríobh { $max } gcarachtar ar a mhéad.
       *[other] Scríobh { $max } carachtar ar a mhéad.
    }
field-too_small = Tabhair { $min } ar a laghad.
field-too_large = Tabhair { $max } ar a mhéad.
field-format = Níl sé seo san fhoirm a bhfuiltear ag súil leis.
field-choice = Roghnaigh ceann de na roghanna atá ar fáil.
field-invalid = Ní ghlactar leis an luach seo.

## confirm
confirm-cancel = Cealaigh
confirm-trash_file = Bog “{ $name }” go dtí an bruscar?
confirm-trash_file_lost = Ní fheicfidh na baill an comhad seo a thuilleadh. Is féidir le múinteoir é a thabhairt ar ais ón mbruscar.
confirm-trash_folder = Bog an fillteán “{ $name }” go dtí an bruscar?
confirm-trash_folder_lost = Ní fheicfidh na baill an fillteán seo ná aon rud atá ann a thuilleadh. Is féidir le múinteoir é a thabhairt ar ais ón mbruscar.
confirm-purge = Scrios “{ $name }” go buan?
confirm-purge_lost = Beidh sé imithe do chách agus ní féidir é a thabhairt ar ais.
confirm-delete_post = Scrios an phostáil seo?
confirm-delete_post_lost = Beidh a téacs imithe do chách. Ní féidir é seo a chealú.
confirm-delete_message = Scrios an teachtaireacht seo?
confirm-delete_message_lost = Beidh a téacs imithe do chách. Ní féidir é seo a chealú.
confirm-end_session = Cuir deireadh leis an seisiún do chách?
confirm-end_session_lost = Fágfaidh gach duine an glao láithreach, agus ní féidir an seisiún a oscailt arís.
confirm-remove_participant = Bain { $name } den seisiún?
confirm-remove_participant_lost = Fágfaidh { $name } an glao láithreach agus ní bheidh teacht ar ais isteach sa seisiún seo.
confirm-deny = Ná lig { $name } isteach?
confirm-deny_lost = Ní rachaidh { $name } isteach sa seisiún seo.

## page
page-not_found = Níor aimsíodh an leathanach
page-not_found_text = Níl aon leathanach ag an seoladh seo.
page-go_spaces = Téigh chuig mo spásanna
page-go_sign_in = Téigh chuig an leathanach sínithe isteach

## form
form-required = Líon isteach an réimse seo.
form-email_format = Scríobh seoladh ríomhphoist, mar shampla ainm@scoil.eu.
form-password_short = Úsáid 10 gcarachtar ar a laghad.
form-password_long = Úsáid 200 carachtar ar a mhéad.
form-password_mismatch = Níl an dá phasfhocal mar an gcéanna.
form-password_hint = 10 gcarachtar ar a laghad. Oibríonn cúpla focal a chuimhneoidh tú orthu go maith.
form-check_fields = Seiceáil na réimsí atá marcáilte thuas, le do thoil.
form-field_invalid = Ní ghlactar leis an luach seo.

## register
register-title = Cruthaigh cuntas eTwinner
register-intro = Do mhúinteoirí. Seiceálann riarthóir náisiúnta do thíre gur múinteoir thú, agus ansin bailíochtaítear do chuntas. Ní chláraíonn daltaí: cruthaíonn a múinteoir a gcuntas.
register-name = D’ainm
register-school = Scoil
register-country = Tír
register-country_choose = Roghnaigh do thír
register-submit = Cruthaigh mo chuntas
register-email_taken = Tá cuntas leis an seoladh ríomhphoist seo ann cheana. Sínigh isteach, nó iarr pasfhocal nua.
register-have_account = An bhfuil cuntas agat cheana? Sínigh isteach

## pending
pending-title = Tá do chuntas ag fanacht le bailíochtú
pending-who_heading = Cé a bhailíochtaíonn é
pending-who = Seiceálann riarthóir náisiúnta do thíre ({ $country }) gur múinteoir thú sa scoil a d’ainmnigh tú, agus ansin bailíochtaítear do chuntas.
pending-next_heading = Cad a tharlóidh ina dhiaidh seo
pending-next_validate = Nuair a bheidh do chuntas bailíochtaithe, beidh tú i d’eTwinner: beidh tú in ann spásanna a chruthú, cuirí chuig tionscadail a fháil agus cuntais a chruthú do do dhaltaí. Sínigh isteach arís, nó brúigh “Seiceáil arís”, chun é a fheiceáil.
pending-next_reject = Mura nglacann an riarthóir náisiúnta le do chlárú, inseofar duit é nuair a shíneoidh tú isteach.
pending-next_meanwhile = Idir an dá linn, is féidir leat d’ainm agus do phasfhocal a athrú in “Mo chuntas”.
pending-check = Seiceáil arís
pending-still = Tá do chuntas fós ag fanacht le bailíochtú.
pending-count =
    { $count ->
        [one] { $count } ag fanacht le modhnóireacht
        [two] { $count } ag fanacht le modhnóireacht
        [few] { $count } ag fanacht le modhnóireacht
        [many] { $count } ag fanacht le modhnóireacht
       *[other] { $count } ag fanacht le modhnóireacht
    }

## forgot
forgot-title = Ar dhearmad tú do phasfhocal?
forgot-intro = Scríobh seoladh ríomhphoist do chuntais. Seolfaimid nasc chugat chun pasfhocal nua a roghnú.
forgot-submit = Seol nasc chugam
forgot-sent = Má tá cuntas ag an seoladh seo, tá nasc ar a bhealach chuige. Oibríonn an nasc uair amháin, ar feadh tréimhse theoranta. Féach i d’fhillteán turscair freisin.
forgot-pupils = Daltaí: níl seoladh ríomhphoist agat anseo. Iarr cód nua ar do mhúinteoir.
forgot-back = Ar ais chuig síniú isteach

## reset
reset-title = Roghnaigh pasfhocal nua
reset-intro = Má roghnaíonn tú pasfhocal nua, sínítear amach thú ar gach gléas eile.
reset-password = Pasfhocal nua
reset-confirm = Pasfhocal nua arís
reset-submit = Sábháil an pasfhocal nua
reset-gone = Tá an nasc seo imithe in éag nó úsáideadh é cheana. Iarr nasc nua.
reset-done = Athraíodh do phasfhocal. Sínigh isteach leis an gceann nua.
reset-ask_again = Iarr nasc nua

## account
account-title = Mo chuntas
account-signed_in_with = Síníonn tú isteach le { $email }.
account-name_heading = D’ainm
account-name = An t-ainm a fheiceann daoine eile
account-save_name = Sábháil an t-ainm
account-name_saved = Sábháladh d’ainm.
account-pupil_note = Is é do mhúinteoir a roghnaigh an t-ainm seo agus a choinníonn é. Iarr ar do mhúinteoir más ceart é a athrú.
account-password_heading = Do phasfhocal
account-password_intro = Má athraíonn tú é, sínítear amach thú ar do ghléasanna eile; fanann tú sínithe isteach anseo.
account-current_password = Pasfhocal reatha
account-new_password = Pasfhocal nua
account-confirm_password = Pasfhocal nua arís
account-save_password = Athraigh an pasfhocal
account-password_saved = Athraíodh do phasfhocal.
account-current_wrong = Ní hé seo do phasfhocal reatha.
account-everywhere_heading = Sínigh amach i ngach áit
account-everywhere_intro = Cuireann sé seo deireadh le do shíniú isteach ar gach gléas agus i ngach brabhsálaí, an ceann seo san áireamh: ní osclóidh fón caillte ná ríomhaire comhroinnte do chuntas a thuilleadh.
account-everywhere = Sínigh amach i ngach áit…
account-everywhere_question = Sínigh amach ar gach gléas, an ceann seo san áireamh? Dúnfar na leathanaigh oscailte láithreach, agus caillfear aon rud nach bhfuil seolta fós iontu.
account-everywhere_confirm = Sínigh amach i ngach áit anois
account-everywhere_done = Síníodh amach thú ar gach gléas.
account-cancel = Cealaigh

## admin
admin-nav = Consól bailíochtaithe
admin-title = Consól an riarthóra náisiúnta
admin-country = Tír: { $country }
admin-only_national_admins = Is do riarthóirí náisiúnta an leathanach seo.
admin-pending_heading = Múinteoirí ag fanacht le bailíochtú
admin-pending_count =
    { $count ->
        [one] Múinteoirí ag fanacht: { $count }.
        [two] Múinteoirí ag fanacht: { $count }.
        [few] Múinteoirí ag fanacht: { $count }.
        [many] Múinteoirí ag fanacht: { $count }.
       *[other] Múinteoirí ag fanacht: { $count }.
    }
admin-pending_none = Níl aon mhúinteoir ag fanacht le bailíochtú.
admin-select_all = Roghnaigh gach ceann
admin-select_first = Roghnaigh múinteoir amháin ar a laghad ar dtús.
admin-validate_selected = Bailíochtaigh na cinn roghnaithe
admin-reject_selected = Diúltaigh do na cinn roghnaithe…
admin-validated =
    { $count ->
        [one] Múinteoirí bailíochtaithe: { $count }.
        [two] Múinteoirí bailíochtaithe: { $count }.
        [few] Múinteoirí bailíochtaithe: { $count }.
        [many] Múinteoirí bailíochtaithe: { $count }.
       *[other] Múinteoirí bailíochtaithe: { $count }.
    }
admin-rejected =
    { $count ->
        [one] Clárúcháin diúltaithe: { $count }.
        [two] Clárúcháin diúltaithe: { $count }.
        [few] Clárúcháin diúltaithe: { $count }.
        [many] Clárúcháin diúltaithe: { $count }.
       *[other] Clárúcháin diúltaithe: { $count }.
    }
admin-reject_question =
    { $count ->
        [one] Diúltaigh do chlárú { $names }? Ní bheidh an duine seo in ann síniú isteach, agus ní féidir é seo a chealú.
        [two] Diúltaigh do na clárúcháin seo ({ $count }: { $names })? Ní bheidh na daoine seo in ann síniú isteach, agus ní féidir é seo a chealú.
        [few] Diúltaigh do na clárúcháin seo ({ $count }: { $names })? Ní bheidh na daoine seo in ann síniú isteach, agus ní féidir é seo a chealú.
        [many] Diúltaigh do na clárúcháin seo ({ $count }: { $names })? Ní bheidh na daoine seo in ann síniú isteach, agus ní féidir é seo a chealú.
       *[other] Diúltaigh do na clárúcháin seo ({ $count }: { $names })? Ní bheidh na daoine seo in ann síniú isteach, agus ní féidir é seo a chealú.
    }
admin-reject_reason = Cúis an diúltaithe
admin-reject_heading = Diúltaigh do chlárúcháin
admin-suspend_heading = Cuir cuntas ar fionraí
admin-reinstate_heading = Athbhunaigh cuntas
admin-reject_reason_hint = Coinnítear é sa loga iniúchta le d’ainm.
admin-reject_confirm =
    { $count ->
        [one] Diúltaigh do chlárúcháin: { $count }
        [two] Diúltaigh do chlárúcháin: { $count }
        [few] Diúltaigh do chlárúcháin: { $count }
        [many] Diúltaigh do chlárúcháin: { $count }
       *[other] Diúltaigh do chlárúcháin: { $count }
    }
admin-failed_one = { $name }: { $why }
admin-school = Scoil: { $school }
admin-registered = Dáta cláraithe: { $date }
admin-search_heading = Aimsigh cuntas
admin-search_label = Ainm, seoladh ríomhphoist nó scoil
admin-search_hint = Cuntais do thíre amháin. Fág folamh é chun iad go léir a liostú, an ceann is nuaí ar dtús.
admin-search = Cuardaigh
admin-showing = { $from }–{ $to } as { $total }
admin-no_match = Níl aon chuntas ag teacht leis sin.
admin-previous = An leathanach roimhe seo
admin-next = An chéad leathanach eile
admin-suspend = Cuir ar fionraí…
admin-suspend_named = Cuir { $name } ar fionraí…
admin-suspend_question = Cuir cuntas { $name } ar fionraí? Sínítear amach é i ngach áit láithreach, dúnfar na leathanaigh oscailte, agus ní féidir síniú isteach leis go dtí go n-athbhunóidh tú é.
admin-suspend_reason = Cúis na fionraíochta
admin-suspend_confirm = Cuir ar fionraí anois
admin-suspend_done = Tá cuntas { $name } ar fionraí.
admin-reinstate = Athbhunaigh…
admin-reinstate_named = Athbhunaigh { $name }…
admin-reinstate_question = Athbhunaigh cuntas { $name }? Beifear in ann síniú isteach leis arís.
admin-reinstate_reason = Cúis (roghnach)
admin-reinstate_confirm = Athbhunaigh
admin-reinstate_done = Athbhunaíodh cuntas { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Chun é a dhearbhú, clóscríobh teideal an spáis: { $text }

## status
status-active = gníomhach
status-pending = ag fanacht le bailíochtú
status-suspended = ar fionraí
status-rejected = diúltaithe
status-erased = scriosta

## names
names-marked = { $name } ({ $mark })

## members
members-username = ainm úsáideora { $username }
members-role_of = Ról { $name }
members-change_role = Athraigh an ról
members-role_question = Athraigh ról { $name } ó { $from } go { $to }?
members-role_consequence = Is féidir le { $name } gach rud a cheadaítear don ról { $to } a dhéanamh as seo amach, ar gach gléas láithreach.
members-role_confirm = Athraigh an ról
members-role_changed = Tá an ról { $role } ag { $name } anois.
members-reset_code = Cód nua
members-reset_question = Tabhair cód sínithe isteach nua do { $name }?
members-reset_consequence = Stopann an seanchód ag obair láithreach agus sínítear an dalta amach i ngach áit. Is tusa a thugann an cárta nua amach.
members-reset_confirm = Déan cód nua
members-reset_done = Tá cód nua ag { $name }: tabhair amach an cárta nua thíos.
members-export = Easpórtáil na sonraí
members-remove = Bain amach
members-remove_question = Bain { $name } den spás seo?
members-remove_consequence = Cailleann { $name } rochtain ar an spás seo láithreach, ar gach gléas.
members-remove_pupil_kept = Fanann cuntas, postálacha agus comhaid an dalta; is féidir leat an dalta a chur leis arís níos déanaí.
members-remove_kept = Fanann na postálacha agus na comhaid a chuir an duine seo suas sa spás.
members-remove_confirm = Bain amach
members-removed = Baineadh { $name } den spás.
members-erase = Scrios an cuntas
members-leave = Fág an spás seo
members-leave_question = Fág “{ $title }”?
members-leave_consequence = Cailleann tú rochtain ar a chuid fóram, comhad, comhrá agus físe láithreach. Ní féidir ach le múinteoir-riarthóir thú a thabhairt ar ais.
members-leave_kept = Fanann a scríobh tú agus a d’uaslódáil tú sa spás.
members-leave_confirm = Fág an spás
members-left = D’fhág tú “{ $title }”.

## erase
erase-question = Scrios cuntas { $name }?
erase-account_gone = Scriostar ainm, ainm úsáideora agus cód an dalta go buan.
erase-signed_out = Sínítear an dalta amach láithreach, agus ní féidir síniú isteach leis an gcuntas go deo arís.
erase-no_undo = Ní féidir é seo a chealú.
erase-export_first = Má d’fhéadfadh cóip a bheith ag teastáil ón dalta nó ón teaghlach, easpórtáil na sonraí ar dtús.
erase-posts = Postálacha agus teachtaireachtaí comhrá an dalta
erase-posts_keep = Coinnigh iad, faoin ainm “iardhalta”
erase-posts_remove = Scrios go buan iad
erase-files = Comhaid an dalta
erase-files_keep = Coinnigh iad, faoi úinéireacht “iardhalta”
erase-files_remove = Scrios go buan iad
erase-confirm = Scrios an cuntas
erase-done = Scriosadh cuntas { $name }.

## invite_teacher
invite_teacher-title = Tabhair cuireadh do mhúinteoir comhpháirtíochta
invite_teacher-by_email = De réir seoladh ríomhphoist
invite_teacher-role = Ról
invite_teacher-submit = Tabhair cuireadh
invite_teacher-done = Tháinig { $name } isteach leis an ról: { $role }.
invite_teacher-not_etwinner = Níl an seoladh seo ag aon eTwinner bailíochtaithe, nó níl cead agat an ról seo a thabhairt.
invite_teacher-find = Aimsigh eTwinner
invite_teacher-query = Ainm, scoil nó tír
invite_teacher-search = Cuardaigh
invite_teacher-results = eTwinners a aimsíodh
invite_teacher-none = Níor aimsíodh aon eTwinner.
invite_teacher-more = Tuilleadh torthaí
invite_teacher-member = Ball den spás seo
invite_teacher-invite = Tabhair cuireadh
invite_teacher-role_for = Ról do { $name }

## pupils
pupils-title = Cuir daltaí leis
pupils-one_title = Dalta amháin
pupils-name = Ainm an dalta
pupils-add_one = Cuir an dalta leis
pupils-class_title = Rang iomlán
pupils-class_names = Ainmneacha na ndaltaí
pupils-class_help = Ainm amháin ar gach líne, mar a fheicfidh daoine eile na daltaí.
pupils-add_class = Cuir an rang leis
pupils-class_empty = Scríobh ainm amháin ar a laghad.
pupils-language = Teanga an leathanaigh do na daltaí seo
pupils-language_help = Feicfidh siad TwinSpace Live sa teanga seo tar éis dóibh síniú isteach. Is féidir le gach dalta í a athrú níos déanaí.
pupils-line_errors = Línte le ceartú
pupils-line_error = Líne { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] Línte le ceartú: { $count }; níor cruthaíodh aon rud.
        [two] Línte le ceartú: { $count }; níor cruthaíodh aon rud.
        [few] Línte le ceartú: { $count }; níor cruthaíodh aon rud.
        [many] Línte le ceartú: { $count }; níor cruthaíodh aon rud.
       *[other] Línte le ceartú: { $count }; níor cruthaíodh aon rud.
    }
pupils-created =
    { $count ->
        [one] Daltaí curtha leis: { $count }.
        [two] Daltaí curtha leis: { $count }.
        [few] Daltaí curtha leis: { $count }.
        [many] Daltaí curtha leis: { $count }.
       *[other] Daltaí curtha leis: { $count }.
    }

## cards
cards-title = Cártaí sínithe isteach
cards-once = Ní thaispeántar na cóid seo ach anois. Priontáil na cártaí nó breac síos na cóid sula bhfágfaidh tú an leathanach seo.
cards-site = Sínigh isteach ag
cards-print = Priontáil na cártaí
cards-done = Críochnaithe: folaigh na cóid

## links
links-tab = Naisc aoi
links-intro = Ligeann nasc aoi do shaineolaí nó do bhreathnóir dul isteach sa TwinSpace seo mar aoi. Is féidir le duine ar bith a fhaigheann an nasc é a úsáid, go dtí go n-imeoidh sé in éag nó go mbeidh sé ídithe.
links-create_title = Nasc aoi nua
links-valid_for = Bailí ar feadh
links-days =
    { $count ->
        [one] { $count } lá
        [two] { $count } lá
        [few] { $count } lá
        [many] { $count } lá
       *[other] { $count } lá
    }
links-uses = Líon na n-úsáidí
links-note = Nóta (cé dó é)
links-create = Cruthaigh an nasc
links-new = An nasc nua
links-once = Cóipeáil anois é: ní thaispeántar é ach uair amháin.
links-copy = Cóipeáil
links-copied = Cóipeáladh an nasc.
links-select_copy = Tá an nasc roghnaithe: brúigh Ctrl+C (⌘+C) chun é a chóipeáil.
links-live = Naisc in úsáid
links-empty = Níl aon nasc aoi in úsáid.
links-untitled = Nasc aoi
links-used =
    { $count ->
        [one] úsáidte { $used } as { $count }
        [two] úsáidte { $used } as { $count }
        [few] úsáidte { $used } as { $count }
        [many] úsáidte { $used } as { $count }
       *[other] úsáidte { $used } as { $count }
    }
links-until = go dtí { $time }
links-revoke = Cúlghair
links-revoke_question = Cúlghair an nasc aoi seo?
links-revoke_consequence = Ní bheidh aon duine in ann dul isteach leis a thuilleadh.
links-revoke_kept = Fanann na haíonna a tháinig isteach leis ina mbaill.
links-revoked = Cúlghaireadh an nasc.

## settings
settings-tab = Socruithe
settings-space = An spás
settings-pupils = Daltaí
settings-premoderate_pupils = Coinnigh postálacha na ndaltaí siar go dtí go gceadóidh múinteoir iad
settings-pupils_may_create_threads = Is féidir le daltaí snáitheanna a thosú
settings-pupils_may_upload = Is féidir le daltaí comhaid a uaslódáil
settings-save = Sábháil
settings-saved = Sábháladh na socruithe.
settings-archive_title = Cartlannú
settings-archive_text = Is féidir le baill spás cartlannaithe a léamh fós, ach ní féidir le haon duine postáil, uaslódáil ná seisiún físe a thosú ann.
settings-archive = Cartlannaigh an spás seo
settings-archive_question = Cartlannaigh “{ $title }”?
settings-archive_read_only = Ní féidir le haon duine postáil, uaslódáil ná aon rud a athrú a thuilleadh.
settings-archive_video = Críochnóidh na seisiúin físe atá ar siúl anois láithreach.
settings-archive_undo = Is féidir le bunaitheoir an spás a oscailt arís níos déanaí.
settings-archive_confirm = Cartlannaigh
settings-archived_title = Tá an spás seo cartlannaithe
settings-archived_text = Níl ann ach léamh. Oscail arís é chun ligean do bhaill postáil agus uaslódáil.
settings-unarchive = Oscail arís
settings-unarchive_question = Oscail “{ $title }” arís?
settings-unarchive_consequence = Beidh baill in ann postáil, uaslódáil agus seisiúin físe a thosú arís.
settings-delete_title = Scrios an spás
settings-delete_text = Nuair a scriostar an spás, baintear é féin agus gach a bhfuil ann go buan.
settings-delete = Scrios an spás seo
settings-delete_question = Scrios “{ $title }” go buan?
settings-delete_content = Scriostar gach snáithe fóraim, gach teachtaireacht chomhrá agus gach comhad, lena leaganacha go léir.
settings-delete_members = Cailleann gach ball an spás; ní fhanann cuntais daltaí ach ina gcuid spásanna eile.
settings-delete_video = Críochnóidh na seisiúin físe atá ar siúl anois láithreach.
settings-delete_no_undo = Scriostar an loga iniúchta freisin. Ní féidir é seo a chealú.
settings-delete_confirm = Scrios go buan
settings-deleted = Scriosadh “{ $title }”.

## audit
audit-tab = Loga iniúchta
audit-caption = A ndearnadh sa spás seo, an ceann is nuaí ar dtús
audit-when = Cathain
audit-who = Cé
audit-what = Cad
audit-empty = Níl aon rud taifeadta fós.
audit-older = Taispeáin iontrálacha níos sine
audit-system = An freastalaí
audit-former_member = Iarbhall
audit-former_member_target = iarbhall
audit-reason = Cúis: { $reason }
audit-other = Rinne “{ $action }” { $target }
audit-space-created = Chruthaigh an spás
audit-space-settings_changed = D’athraigh socruithe an spáis
audit-space-archived = Chartlannaigh an spás
audit-space-unarchived = D’oscail an spás arís
audit-member-invited = Thug cuireadh do { $target } (ról: { $role })
audit-member-role_changed = D’athraigh ról { $target } ó { $from } go { $role }
audit-member-removed = Bhain { $target } den spás
audit-member-left = D’fhág an spás
audit-member-muted = Bhalbhaigh { $target }
audit-member-unmuted = Chuir deireadh le balbhú { $target }
audit-pupil-created = Chruthaigh an dalta { $target }
audit-pupil-added = Chuir an dalta { $target } leis
audit-pupil-code_reset = Thug cód sínithe isteach nua do { $target }
audit-pupil-exported = D’easpórtáil sonraí { $target }
audit-pupil-erased = Scrios cuntas dalta
audit-invitation-created = Chruthaigh nasc aoi
audit-invitation-revoked = Chúlghair nasc aoi
audit-invitation-accepted = Tháinig isteach le nasc aoi
audit-video-started = Thosaigh seisiún físe
audit-video-ended = Chuir deireadh le seisiún físe
audit-video-locked = Chuir seisiún físe faoi ghlas
audit-video-unlocked = Bhain an glas de sheisiún físe
audit-video-admitted = Lig { $target } isteach i seisiún físe
audit-video-denied = Níor lig { $target } isteach i seisiún físe
audit-video-muted = Bhalbhaigh { $target } i seisiún físe
audit-video-unmuted = Lig do { $target } labhairt arís i seisiún físe
audit-video-removed = Bhain { $target } de sheisiún físe
audit-video-spotlight = D’athraigh an spotsolas i seisiún físe
audit-post-hidden = D’fholaigh postáil
audit-post-restored = D’athchóirigh postáil
audit-post-approved = Cheadaigh postáil
audit-post-rejected = Dhiúltaigh do phostáil
audit-post-purged = Bhain postáil go buan
audit-post-reported = Thuairiscigh postáil
audit-report-resolved = Dhún tuairisc
audit-thread-pinned = Ghreamaigh snáithe
audit-thread-unpinned = Dhíghreamaigh snáithe
audit-thread-locked = Chuir snáithe faoi ghlas
audit-thread-unlocked = Bhain an glas de shnáithe
audit-archive-folder_created = Chruthaigh fillteán
audit-archive-folder_renamed = D’athainmnigh fillteán
audit-archive-folder_moved = Bhog fillteán
audit-archive-folder_trashed = Chuir fillteán sa bhruscar
audit-archive-folder_restored = Thóg fillteán amach as an mbruscar
audit-archive-folder_purged = Bhain fillteán go buan
audit-archive-file_added = Chuir comhad leis
audit-archive-file_version_added = Chuir leagan nua de chomhad leis
audit-archive-file_renamed = D’athainmnigh comhad
audit-archive-file_moved = Bhog comhad
audit-archive-file_trashed = Chuir comhad sa bhruscar
audit-archive-file_restored = Thóg comhad amach as an mbruscar
audit-archive-file_purged = Bhain comhad go buan
audit-chat-expired = Bhain teachtaireachtaí comhrá a bhí thar a dtéarma
audit-audit-retention_changed = D’athraigh cá fhad a choinníonn an loga iniúchta iontrálacha
audit-group-joined = Chuaigh isteach sa ghrúpa
audit-group-requested = D’iarr dul isteach sa ghrúpa
audit-group-request_accepted = Ghlac le hiarratas ó { $target }
audit-group-request_declined = Dhiúltaigh d’iarratas ó { $target }
audit-group-request_withdrawn = Tharraing siar iarratas dul isteach
audit-member-banned = Chuir cosc ar { $target }
audit-member-unbanned = Bhain an cosc de { $target }
audit-group-featured = Chuir an grúpa faoi thrácht
audit-group-unfeatured = Bhain an grúpa ó thrácht
audit-group-moderator_appointed = Cheap { $target } mar mhodhnóir

## group_role
group_role-founder = Úinéir
group_role-admin = Modhnóireacht
group_role-teacher = Ball

## readers
readers-title = Ag léamh anois
readers-more =
    { $count ->
        [one] agus { $count } duine eile
        [two] agus { $count } duine eile
        [few] agus { $count } dhuine eile
        [many] agus { $count } nduine eile
       *[other] agus { $count } duine eile
    }

## groups
groups-nav = Grúpaí
groups-title = Grúpaí eTwinning
groups-intro = Pobail eTwinners timpeall ar ábhar, téama nó réimse spéise. Ní ghlacann páirt ach eTwinners bailíochtaithe.
groups-search = Aimsigh grúpa
groups-words = Focail ón teideal
groups-topic = Téama
groups-language = Teanga
groups-language_any = Gach teanga
groups-language_choose = Roghnaigh teanga
groups-country = Tír de chuid baill
groups-country_any = Gach tír
groups-search_submit = Cuardaigh
groups-found = Grúpaí
groups-empty = Níl aon ghrúpa a oireann don chuardach seo.
groups-more = Taispeáin tuilleadh grúpaí
groups-featured = Faoi thrácht
groups-topic_is = Téama: { $topic }
groups-members =
    { $count ->
        [one] { $count } bhall
        [two] { $count } bhall
        [few] { $count } bhall
        [many] { $count } mball
       *[other] { $count } ball
    }
groups-access_short-open = Oscailte
groups-access_short-closed = Dúnta
groups-standing-member = Is ball thú. Do ról: { $role }
groups-standing-requested = D’iarr tú dul isteach sa ghrúpa seo.
groups-standing-banned = Ní ligeann foireann mhodhnóireachta an ghrúpa seo duit dul isteach ann.
groups-join = Téigh isteach
groups-ask = Iarr dul isteach
groups-ask_message = Teachtaireacht don fhoireann mhodhnóireachta (roghnach)
groups-withdraw = Tarraing siar m’iarratas
groups-open_group = Oscail an grúpa
groups-joined = Chuaigh tú isteach in “{ $title }”.
groups-asked = Seoladh d’iarratas dul isteach in “{ $title }” chuig an bhfoireann mhodhnóireachta.
groups-withdrawn = Tarraingíodh siar d’iarratas dul isteach in “{ $title }”.
groups-waiting = Tabharfaidh an fhoireann mhodhnóireachta freagra ar d’iarratas. Taispeánann an leathanach seo an freagra a luaithe a thagann sé.
groups-accepted = Glacadh le d’iarratas: fáilte go “{ $title }”.
groups-not_accepted = Níor glacadh le d’iarratas. Is féidir leat iarraidh arís.
groups-back = Ar ais chuig na grúpaí
groups-create = Cruthaigh grúpa
groups-group_title = Teideal
groups-description = Cur síos (roghnach)
groups-access = Cé a fhéadann dul isteach
groups-access-open = Oscailte: téann aon eTwinner isteach láithreach
groups-access-closed = Dúnta: glacann an fhoireann mhodhnóireachta le gach iarratas
groups-create_submit = Cruthaigh an grúpa
groups-created = Cruthaíodh an grúpa “{ $title }”.
groups-members_search = Aimsigh ball
groups-members_more = Taispeáin tuilleadh ball
groups-leave = Fág an grúpa seo
groups-leave_consequence = Cailleann tú rochtain ar fhóram, comhaid, comhrá agus físeán an ghrúpa láithreach.
groups-leave_kept = Fanann a scríobh tú agus a d’uaslódáil tú sa ghrúpa. Is féidir leat teacht ar ais trí eolaire na ngrúpaí.
groups-leave_confirm = Fág an grúpa
groups-requests = Iarratais dul isteach
groups-requests_empty = Níl aon duine ag fanacht.
groups-accept = Glac leis
groups-decline = Diúltaigh
groups-accepted_member = Tá { $name } ina bhall anois.
groups-declined = Diúltaíodh d’iarratas ó { $name }.
groups-ban = Cuir cosc
groups-ban_question = Cosc a chur ar { $name } sa ghrúpa seo?
groups-ban_consequence = Fágann { $name } an grúpa láithreach agus ní féidir dul isteach arís ná iarraidh.
groups-ban_kept = Fanann postálacha agus comhaid sa ghrúpa. Is féidir leat an cosc a bhaint níos déanaí.
groups-ban_reason = Cúis (roghnach, coinnítear sa loga í)
groups-ban_confirm = Cuir cosc
groups-banned = Cuireadh cosc ar { $name }.
groups-bans = eTwinners faoi chosc
groups-bans_empty = Níl aon chosc ann.
groups-lift = Bain an cosc
groups-lifted = Is féidir le { $name } dul isteach arís.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Roghnaigh pasfhocal nua TwinSpace Live
mail-reset_body =
    Dia duit, { $name },

    D’iarr duine éigin, tusa is dócha, pasfhocal nua a roghnú do do chuntas TwinSpace Live.
    Oscail an nasc seo chun é a roghnú (oibríonn sé uair amháin, ar feadh { $minutes } nóiméad):

    { $link }

    Má roghnaíonn tú pasfhocal nua, sínítear amach thú i ngach áit eile.
    Murar iarr tú é seo, déan neamhaird den teachtaireacht seo: ní athrófar do phasfhocal.

    TwinSpace Live

## events (issue 22)
events-nav = Imeachtaí
events-title = Imeachtaí le teacht
events-empty = Níl aon imeacht le teacht duit fós.
events-more = Taispeáin tuilleadh imeachtaí
events-schedule = Socraigh imeacht
events-zone = Taispeántar na hamanna i do chrios ama féin: { $zone }
events-audience-etwinners = Gach eTwinner
events-audience-country = eTwinners na tíre seo: { $country }
events-audience-group = Baill grúpa
events-audience-twinspace = Baill TwinSpace
events-organising = Is tusa a eagraíonn an t-imeacht seo.
events-registered = Tá tú cláraithe.
events-waiting = Tá tú ar an liosta feithimh (áit { $position }).
events-state-live = Beo anois
events-state-ended = Tá an t-imeacht seo thart.
events-state-cancelled = Cuireadh an t-imeacht seo ar ceal.
events-places = Áiteanna tógtha: { $taken } as { $capacity }
event_form-new_title = Socraigh imeacht
event_form-edit_title = Athraigh an t-imeacht
event_form-title = Teideal
event_form-description = Cur síos
event_form-date = Dáta
event_form-time = Am tosaithe
event_form-duration = Fad i nóiméid
event_form-space = Grúpa nó TwinSpace
event_form-speakers_hint = Roghnaigh as múinteoirí do ghrúpaí agus do TwinSpaces.
event_form-no_speakers = Níl aon duine le roghnú fós.
event_form-create = Socraigh an t-imeacht
event_form-save = Sábháil na hathruithe
event_form-created = Tá “{ $title }” socraithe.
event_form-saved = Sábháladh na hathruithe ar “{ $title }”.
event_form-start_past = Roghnaigh tús sa todhchaí.
event-title = Imeacht
event-back = Gach imeacht
event-when = Cathain
event-language = Teanga
event-audience = Cé a fhéadann clárú
event-organiser = Eagraí
event-speakers = Cainteoirí
event-places = Áiteanna
event-no_speakers = Níl cainteoirí ainmnithe fós.
event-waiting_count = Ag fanacht: { $waiting }
event-registration = D’áit
event-speaking = Tá tú ag labhairt ag an imeacht seo.
event-full = Tá gach áit tógtha: má chláraíonn tú, rachaidh tú ar an liosta feithimh.
event-register = Cláraigh mé
event-unregister = Tabhair m’áit ar ais
event-leave_waiting = Fág an liosta feithimh
event-unregister_confirm_title = “{ $title }” a fhágáil?
event-unregister_confirm = Gheobhaidh an chéad duine eile ar an liosta feithimh do sheal. Má chláraíonn tú arís, b’fhéidir go mbeidh ort fanacht.
event-unregistered = Níl tú cláraithe a thuilleadh.
event-calendar = Cuir le m’fhéilire (.ics)
event-organiser_tools = Don eagraí
event-edit = Athraigh an t-imeacht
event-cancel = Cuir an t-imeacht ar ceal
event-keep = Coinnigh an t-imeacht
event-cancel_confirm_title = “{ $title }” a chur ar ceal?
event-cancel_confirm_lost = Ní fhéadfaidh aon duine clárú a thuilleadh agus feicfidh gach duine go bhfuil sé curtha ar ceal. Ní féidir é seo a chealú. Coinnítear na clárúcháin agus na ceisteanna.
event-cancelled = Tá an t-imeacht curtha ar ceal.
event-registrants = Clárúcháin
event-waiting_list = Liosta feithimh
event-nobody = Duine ar bith fós.
event-attendance = Freastal
event-attendance_hint = Cé a lean leathanach an imeachta le linn an chraolta bheo, agus ar feadh cé chomh fada.
event-attendance_none = Níor lean aon duine an t-imeacht beo.
event-minutes = { $minutes } nóim.
qa-title = Ceisteanna agus freagraí
qa-empty = Níl aon cheist ann fós.
qa-closed = Tá na ceisteanna dúnta: tá an t-imeacht thart.
qa-need_place = Cláraigh chun ceist a chur nó tacú le ceist.
qa-your_question = Do cheist
qa-ask = Cuir ceist
qa-asked = Seoladh do cheist.
qa-upvote = Tacaigh
qa-upvoted = Tacaíodh
qa-votes = Vótaí: { $votes }
qa-by = Ceist ó { $name }
qa-by_gone = Ceist ó chuntas scriosta
qa-answer = Freagra: { $answer }
qa-state-picked = Á freagairt anois
qa-state-answered = Freagartha
qa-state-hidden = I bhfolach
qa-pick = Roghnaigh
qa-unpick = Cuir ar ais
qa-hide = Folaigh
qa-restore = Athchóirigh
qa-answer_label = Freagra scríofa (roghnach)
qa-mark_answered = Marcáil mar fhreagartha
qa-gone = Ní féidir leat na ceisteanna seo a leanúint a thuilleadh.
audit-event-created = Socraíodh an t-imeacht “{ $title }”
audit-event-updated = Athraíodh an t-imeacht “{ $title }”
audit-event-cancelled = Cuireadh an t-imeacht “{ $title }” ar ceal
audit-event-question_moderated = Modhnaíodh ceist den imeacht “{ $title }”

## the live webinar (issue 22)
live-title = Físeán beo
live-not_started = Níor thosaigh an físeán beo fós.
live-ended = Tá deireadh leis an bhfíseán beo.
live-connecting = Ag ceangal leis an bhfíseán beo…
live-need_place = Níl ach iad siúd a bhfuil áit acu in ann an físeán beo a fheiceáil.
live-watching_you = Tá tú ag féachaint ar an bhfíseán beo.
live-on_air = Tá tú beo: feiceann agus cloiseann gach duine thú.
live-recording = Tá an ócáid seo á taifeadadh.
live-speaking = Ag labhairt: { $names }
live-nobody_speaking = Níl aon duine ag labhairt fós.
live-watching = Ag féachaint: { $watching }
live-start = Tosaigh an físeán beo
live-end = Cuir deireadh leis an bhfíseán beo
live-end_confirm_title = Deireadh a chur le físeán beo “{ $title }”?
live-end_confirm_lost = Stopann an físeán do gach duine, cainteoirí agus lucht féachana. Is féidir leat é a thosú arís fad a mhaireann an ócáid; coinnítear na ceisteanna.
live-go_live = Téigh beo
live-stop = Stop m’fhíseán
live-hand_raised = Tá do lámh ardaithe: féadfaidh modhnóir cuireadh a thabhairt duit labhairt.
live-invited = Tugadh cuireadh duit labhairt: téigh beo nuair atá tú réidh.
live-returned = Tá tú ar ais i measc an lucht féachana.
live-hands = Lámha ardaithe
live-no_hands = Níl aon lámh ardaithe.
live-promote = Tabhair cuireadh do { $name } labhairt
live-return = Cuir { $name } ar ais chuig an lucht féachana
live-record_start = Tosaigh an taifeadadh
live-record_stop = Stop an taifeadadh

## the event's recordings and seat (issue 22)
event-moved_up = Tá áit agat anois: bogadh suas thú ón liosta feithimh.
live-off_stage_returned = Chuir modhnóir ar ais i measc an lucht féachana thú.
live-off_stage_muted = Balbhaíodh thú sa spás seo: tá tú ar ais i measc an lucht féachana.
live-off_stage_removed = Ní ball den spás seo thú a thuilleadh: tá tú ar ais i measc an lucht féachana.
live-off_stage_unnamed = Ní cainteoir ag an imeacht seo thú a thuilleadh: tá tú ar ais i measc an lucht féachana.
recordings-title = Taifeadtaí
recordings-processing = Tá taifeadadh á phróiseáil: beidh sé le feiceáil anseo nuair a bheidh sé réidh.
recordings-take = Taifeadta { $when } · { $length }
recordings-video = Físeán: { $speaker }
recordings-audio = Fuaim: { $speaker }
recordings-former_speaker = iarchainteoir
