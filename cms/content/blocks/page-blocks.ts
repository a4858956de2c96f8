import type { Block } from 'payload'

import { CallToActionBlock } from './call-to-action-block'
import { FaqBlock } from './faq-block'
import { FeatureGridBlock } from './feature-grid-block'
import { HeroBlock } from './hero-block'
import { MediaBlock } from './media-block'
import { NewsletterSignupBlock } from './newsletter-signup-block'
import { RichTextBlock } from './rich-text-block'
import { TestimonialBlock } from './testimonial-block'
import { TrialCtaBlock } from './trial-cta-block'
import { WebinarListBlock } from './webinar-list-block'
import { FormBlock } from './form-block'

export const pageBlocks: Block[] = [
  HeroBlock,
  RichTextBlock,
  FeatureGridBlock,
  TestimonialBlock,
  CallToActionBlock,
  FaqBlock,
  WebinarListBlock,
  FormBlock,
  NewsletterSignupBlock,
  TrialCtaBlock,
  MediaBlock,
]

/**
 * What a webinar's description is built from: the content blocks, without the ones that would compete with the
 * webinar page's own parts (a second hero and h1, another sign-up or list of webinars beside its registration form).
 */
export const descriptionBlocks: Block[] = [RichTextBlock, FeatureGridBlock, TestimonialBlock, CallToActionBlock, FaqBlock, MediaBlock]
