import * as migration_20261124_221037_initial from './20261124_221037_initial';
import * as migration_20261124_221732_policy_versions from './20261124_221732_policy_versions';
import * as migration_20261124_222039_consent_ledger from './20261124_222039_consent_ledger';
import * as migration_20261124_222227_banner_texts from './20261124_222227_banner_texts';
import * as migration_20261124_233920_mail from './20261124_233920_mail';
import * as migration_20261202_004253_newsletters from './20261202_004253_newsletters';
import * as migration_20261202_004900_campaign_send_lease from './20261202_004900_campaign_send_lease';
import * as migration_20261202_010728_optional_defaults from './20261202_010728_optional_defaults';
import * as migration_20261202_014815_drop_block_consent_text from './20261202_014815_drop_block_consent_text';
import * as migration_20261202_140338_contacts from './20261202_140338_contacts';
import * as migration_20261202_144329_withdraw_policy from './20261202_144329_withdraw_policy';
import * as migration_20261202_145638_contact_ref from './20261202_145638_contact_ref';
import * as migration_20261202_151303_consent_checkpoints from './20261202_151303_consent_checkpoints';
import * as migration_20261202_171356_rate_limits from './20261202_171356_rate_limits';
import * as migration_20261202_181608_retention from './20261202_181608_retention';
import * as migration_20261202_183651_two_factor from './20261202_183651_two_factor';
import * as migration_20261202_220311_personal_data_encryption from './20261202_220311_personal_data_encryption';
import * as migration_20261203_093554_two_factor_secret_encryption from './20261203_093554_two_factor_secret_encryption';
import * as migration_20261203_123146_mail_attachments from './20261203_123146_mail_attachments';
import * as migration_20261203_132005_webinars from './20261203_132005_webinars';
import * as migration_20261203_132420_webinar_registration_retention from './20261203_132420_webinar_registration_retention';
import * as migration_20261203_135255_trials from './20261203_135255_trials';
import * as migration_20261203_155917_trial_lifecycle from './20261203_155917_trial_lifecycle';
import * as migration_20261203_164706_forms from './20261203_164706_forms';
import * as migration_20261203_185004_forms_contests from './20261203_185004_forms_contests';
import * as migration_20261203_194338_crm from './20261203_194338_crm';

export const migrations = [
  {
    up: migration_20261124_221037_initial.up,
    down: migration_20261124_221037_initial.down,
    name: '20261124_221037_initial',
  },
  {
    up: migration_20261124_221732_policy_versions.up,
    down: migration_20261124_221732_policy_versions.down,
    name: '20261124_221732_policy_versions',
  },
  {
    up: migration_20261124_222039_consent_ledger.up,
    down: migration_20261124_222039_consent_ledger.down,
    name: '20261124_222039_consent_ledger',
  },
  {
    up: migration_20261124_222227_banner_texts.up,
    down: migration_20261124_222227_banner_texts.down,
    name: '20261124_222227_banner_texts',
  },
  {
    up: migration_20261124_233920_mail.up,
    down: migration_20261124_233920_mail.down,
    name: '20261124_233920_mail',
  },
  {
    up: migration_20261202_004253_newsletters.up,
    down: migration_20261202_004253_newsletters.down,
    name: '20261202_004253_newsletters',
  },
  {
    up: migration_20261202_004900_campaign_send_lease.up,
    down: migration_20261202_004900_campaign_send_lease.down,
    name: '20261202_004900_campaign_send_lease',
  },
  {
    up: migration_20261202_010728_optional_defaults.up,
    down: migration_20261202_010728_optional_defaults.down,
    name: '20261202_010728_optional_defaults',
  },
  {
    up: migration_20261202_014815_drop_block_consent_text.up,
    down: migration_20261202_014815_drop_block_consent_text.down,
    name: '20261202_014815_drop_block_consent_text',
  },
  {
    up: migration_20261202_140338_contacts.up,
    down: migration_20261202_140338_contacts.down,
    name: '20261202_140338_contacts',
  },
  {
    up: migration_20261202_144329_withdraw_policy.up,
    down: migration_20261202_144329_withdraw_policy.down,
    name: '20261202_144329_withdraw_policy',
  },
  {
    up: migration_20261202_145638_contact_ref.up,
    down: migration_20261202_145638_contact_ref.down,
    name: '20261202_145638_contact_ref',
  },
  {
    up: migration_20261202_151303_consent_checkpoints.up,
    down: migration_20261202_151303_consent_checkpoints.down,
    name: '20261202_151303_consent_checkpoints',
  },
  {
    up: migration_20261202_171356_rate_limits.up,
    down: migration_20261202_171356_rate_limits.down,
    name: '20261202_171356_rate_limits',
  },
  {
    up: migration_20261202_181608_retention.up,
    down: migration_20261202_181608_retention.down,
    name: '20261202_181608_retention',
  },
  {
    up: migration_20261202_183651_two_factor.up,
    down: migration_20261202_183651_two_factor.down,
    name: '20261202_183651_two_factor',
  },
  {
    up: migration_20261202_220311_personal_data_encryption.up,
    down: migration_20261202_220311_personal_data_encryption.down,
    name: '20261202_220311_personal_data_encryption',
  },
  {
    up: migration_20261203_093554_two_factor_secret_encryption.up,
    down: migration_20261203_093554_two_factor_secret_encryption.down,
    name: '20261203_093554_two_factor_secret_encryption',
  },
  {
    up: migration_20261203_123146_mail_attachments.up,
    down: migration_20261203_123146_mail_attachments.down,
    name: '20261203_123146_mail_attachments',
  },
  {
    up: migration_20261203_132005_webinars.up,
    down: migration_20261203_132005_webinars.down,
    name: '20261203_132005_webinars',
  },
  {
    up: migration_20261203_132420_webinar_registration_retention.up,
    down: migration_20261203_132420_webinar_registration_retention.down,
    name: '20261203_132420_webinar_registration_retention',
  },
  {
    up: migration_20261203_135255_trials.up,
    down: migration_20261203_135255_trials.down,
    name: '20261203_135255_trials',
  },
  {
    up: migration_20261203_155917_trial_lifecycle.up,
    down: migration_20261203_155917_trial_lifecycle.down,
    name: '20261203_155917_trial_lifecycle',
  },
  {
    up: migration_20261203_164706_forms.up,
    down: migration_20261203_164706_forms.down,
    name: '20261203_164706_forms',
  },
  {
    up: migration_20261203_185004_forms_contests.up,
    down: migration_20261203_185004_forms_contests.down,
    name: '20261203_185004_forms_contests',
  },
  {
    up: migration_20261203_194338_crm.up,
    down: migration_20261203_194338_crm.down,
    name: '20261203_194338_crm'
  },
];
