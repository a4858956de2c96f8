import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { CampaignControls as CampaignControls_11a954796048db19e5f7a4e3421ca532 } from '../../../../cms/campaigns/admin/campaign-controls'
import { WebinarAdminPanel as WebinarAdminPanel_eb773cfbd256de52b84ade07d101dc86 } from '../../../../cms/webinars/admin/webinar-admin-panel'
import { FormAnswersPanel as FormAnswersPanel_9f8c4322136471fe9fa19494565df18e } from '../../../../cms/forms/admin/form-answers-panel'
import { FormAnswersField as FormAnswersField_0fdd185583a8e5d3a387c939da930347 } from '../../../../cms/forms/admin/form-answers-field'
import { PurgeFreeTextButton as PurgeFreeTextButton_09fe860c6d0cb34e003276eb081dea8e } from '../../../../cms/forms/admin/purge-free-text-button'
import { TrialFunnelPanel as TrialFunnelPanel_7962bf0368d4019ed9330e397c3378b8 } from '../../../../cms/trials/admin/trial-funnel-panel'
import { RetryProvisioningButton as RetryProvisioningButton_3f5c03130021f5fc74644a738f03f9f1 } from '../../../../cms/trials/admin/retry-provisioning-button'
import { CrmStatusPanel as CrmStatusPanel_8960fa7060714958eb8036753492babe } from '../../../../cms/crm/admin/crm-status-panel'
import { AudienceExportPanel as AudienceExportPanel_fd7e279556c11f64ecfcd8e0cd9fff95 } from '../../../../cms/crm/admin/audience-export-panel'
import { MailHtmlPreviewField as MailHtmlPreviewField_c22e6399f0eaf40f661bd4fbd480e87e } from '../../../../cms/mail/admin/mail-html-preview-field'
import { RetryMailMessageButton as RetryMailMessageButton_6b1b918c660d75c0b3e4827116d6c70a } from '../../../../cms/mail/admin/retry-mail-message-button'
import { MailTemplatesNavLink as MailTemplatesNavLink_6dec2340533f7f6943ebd11659c0e852 } from '../../../../cms/mail/admin/mail-templates-nav-link'
import { ConsentDashboardNavLink as ConsentDashboardNavLink_15f8087e958b5fb7a278d45feac5b827 } from '../../../../cms/consent/admin/consent-dashboard-nav-link'
import { TwoFactorNavLink as TwoFactorNavLink_891e6f2ea16bca17e3c0ad6e3354ff54 } from '../../../../cms/users/admin/two-factor-nav-link'
import { DeliveryProblemsPanel as DeliveryProblemsPanel_31be6f54bd5146250ed78f9f6893b18d } from '../../../../cms/mail/admin/delivery-problems-panel'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { MailTemplatesView as MailTemplatesView_853503d143de3cfa6e79e6d68cfbffed } from '../../../../cms/mail/admin/mail-templates-view'
import { ConsentDashboardView as ConsentDashboardView_2bae57fb62d2664ca21f2759d31da603 } from '../../../../cms/consent/admin/consent-dashboard-view'
import { TwoFactorView as TwoFactorView_827e222e907b9beb2d390337c7fee4fa } from '../../../../cms/users/admin/two-factor-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/cms/campaigns/admin/campaign-controls#CampaignControls": CampaignControls_11a954796048db19e5f7a4e3421ca532,
  "/cms/webinars/admin/webinar-admin-panel#WebinarAdminPanel": WebinarAdminPanel_eb773cfbd256de52b84ade07d101dc86,
  "/cms/forms/admin/form-answers-panel#FormAnswersPanel": FormAnswersPanel_9f8c4322136471fe9fa19494565df18e,
  "/cms/forms/admin/form-answers-field#FormAnswersField": FormAnswersField_0fdd185583a8e5d3a387c939da930347,
  "/cms/forms/admin/purge-free-text-button#PurgeFreeTextButton": PurgeFreeTextButton_09fe860c6d0cb34e003276eb081dea8e,
  "/cms/trials/admin/trial-funnel-panel#TrialFunnelPanel": TrialFunnelPanel_7962bf0368d4019ed9330e397c3378b8,
  "/cms/trials/admin/retry-provisioning-button#RetryProvisioningButton": RetryProvisioningButton_3f5c03130021f5fc74644a738f03f9f1,
  "/cms/crm/admin/crm-status-panel#CrmStatusPanel": CrmStatusPanel_8960fa7060714958eb8036753492babe,
  "/cms/crm/admin/audience-export-panel#AudienceExportPanel": AudienceExportPanel_fd7e279556c11f64ecfcd8e0cd9fff95,
  "/cms/mail/admin/mail-html-preview-field#MailHtmlPreviewField": MailHtmlPreviewField_c22e6399f0eaf40f661bd4fbd480e87e,
  "/cms/mail/admin/retry-mail-message-button#RetryMailMessageButton": RetryMailMessageButton_6b1b918c660d75c0b3e4827116d6c70a,
  "/cms/mail/admin/mail-templates-nav-link#MailTemplatesNavLink": MailTemplatesNavLink_6dec2340533f7f6943ebd11659c0e852,
  "/cms/consent/admin/consent-dashboard-nav-link#ConsentDashboardNavLink": ConsentDashboardNavLink_15f8087e958b5fb7a278d45feac5b827,
  "/cms/users/admin/two-factor-nav-link#TwoFactorNavLink": TwoFactorNavLink_891e6f2ea16bca17e3c0ad6e3354ff54,
  "/cms/mail/admin/delivery-problems-panel#DeliveryProblemsPanel": DeliveryProblemsPanel_31be6f54bd5146250ed78f9f6893b18d,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/cms/mail/admin/mail-templates-view#MailTemplatesView": MailTemplatesView_853503d143de3cfa6e79e6d68cfbffed,
  "/cms/consent/admin/consent-dashboard-view#ConsentDashboardView": ConsentDashboardView_2bae57fb62d2664ca21f2759d31da603,
  "/cms/users/admin/two-factor-view#TwoFactorView": TwoFactorView_827e222e907b9beb2d390337c7fee4fa,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
