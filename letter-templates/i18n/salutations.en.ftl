<#--
  Titles of office in English letters, by the honorific a recipient list gives (Sen., Rep.,
  ...): how the salutation names the office ("Dear Senator Alvarez,") and the courtesy title
  set before the name in the address ("The Honorable Maria Alvarez"). A library folder
  (--library DIR) can replace this file with its own i18n/salutations.en.ftl; a letter in
  another language imports its own file (i18n/salutations.fr.ftl, ...).
-->
<#assign offices = {
  "Sen.": {"greeting": "Senator", "courtesy": "The Honorable"},
  "Senator": {"greeting": "Senator", "courtesy": "The Honorable"},
  "Rep.": {"greeting": "Representative", "courtesy": "The Honorable"},
  "Representative": {"greeting": "Representative", "courtesy": "The Honorable"},
  "Asm.": {"greeting": "Assemblymember", "courtesy": "The Honorable"},
  "Del.": {"greeting": "Delegate", "courtesy": "The Honorable"},
  "Gov.": {"greeting": "Governor", "courtesy": "The Honorable"},
  "Mayor": {"greeting": "Mayor", "courtesy": "The Honorable"}
}>
