import { z } from 'astro/zod';
import {
	AudienceSchema,
	DateSchema,
	EmailSchema,
	SafeUrlSchema,
	UkPhoneNumberSchema,
	editorialShape,
	longText,
} from './shared/fields.ts';

export const PHONE_HOURS = [
	'office-hours',
	'evenings-and-weekends',
	'24-hours',
	'hours-not-confirmed',
] as const;

/** How each hours value reads on the page. */
export const PHONE_HOURS_LABELS: Record<(typeof PHONE_HOURS)[number], string> = {
	'office-hours': 'Office hours',
	'evenings-and-weekends': 'Evenings and weekends',
	'24-hours': '24 hours a day',
	'hours-not-confirmed': 'Opening hours to be confirmed',
};

export const URGENCIES = ['emergency', 'urgent', 'routine', 'information'] as const;

/** Directory groups, in the order the contacts page shows them. */
export const CONTACT_GROUPS = [
	'emergency',
	'worried-about-a-child',
	'concern-about-someone-who-works-with-children',
	'private-fostering',
	'fostering',
	'child-death-review',
	'children-and-young-people',
	'business-unit',
	'training',
	'inspection',
	// Last, and headed as earlier: contacts kept only for past events (e.g. the 2022 LGA seminars).
	'earlier-events',
] as const;

export const WEEKDAYS = [
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
] as const;

/** A time of day, 24-hour clock, e.g. `09:00`. */
const ClockTimeSchema = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Expected a time written as HH:MM, e.g. 09:00' });

/** When a line is open, so the report page can say which number to call right now. */
export const OpeningTimesSchema = z
	.object({
		days: z
			.array(z.enum(WEEKDAYS))
			.min(1)
			.meta({ title: 'Days', description: 'The days the line is open.' }),
		opens: ClockTimeSchema.meta({
			title: 'Opens',
			description: 'UK time, 24-hour clock, e.g. 09:00.',
		}),
		closes: ClockTimeSchema.meta({
			title: 'Closes',
			description: 'UK time, 24-hour clock, e.g. 17:00.',
		}),
		confirmed: z.boolean().default(false).meta({
			title: 'Times confirmed by the service',
			description:
				'Tick only when the service itself has confirmed these days and times. Until then the page says next to the number that the times are not yet confirmed, and so does the report page when it picks the number to call now.',
		}),
	})
	.refine((times) => times.closes > times.opens, {
		message: 'Expected the closing time to be after the opening time',
		path: ['closes'],
	});

/** One number to call. */
export const PhoneSchema = z.strictObject({
	label: z.string().trim().min(2).meta({
		title: 'Label',
		description: 'What this number is for, e.g. “Child protection referrals”.',
	}),
	number: UkPhoneNumberSchema.meta({
		title: 'Number',
		description: 'Written with spaces as people read it, e.g. 020 7946 0123.',
	}),
	hours: z.enum(PHONE_HOURS).meta({
		title: 'When to call',
		description:
			'Office hours, evenings and weekends, or 24 hours. Choose “hours not confirmed” when no source gives them.',
	}),
	hoursNote: z.string().trim().optional().meta({
		title: 'Hours detail',
		description: 'Optional: anything else about when to call, e.g. “Closed on bank holidays”.',
	}),
	openingTimes: OpeningTimesSchema.optional().meta({
		title: 'Opening times',
		description:
			'For office-hours lines: the days and times it is open. The report page uses them to show which number to call right now.',
	}),
});

/** One email inbox. */
export const EmailAddressSchema = z.strictObject({
	label: z
		.string()
		.trim()
		.min(2)
		.meta({ title: 'Label', description: 'What to email about, e.g. “Referrals”.' }),
	address: EmailSchema.meta({
		title: 'Email address',
		description: 'A team inbox, never a person’s own address.',
	}),
});

/**
 * A service people can contact. This collection is the only place a phone number,
 * email or opening hours may be written: every page renders them from here.
 * @example content/contacts/child-protection-referrals.yaml
 */
export const ContactsSchema = () =>
	z
		.strictObject({
			title: z
				.string()
				.trim()
				.min(2)
				.meta({ title: 'Service name', description: 'e.g. “Child protection referrals”.' }),
			purpose: longText({
				title: 'Who to contact for what',
				description:
					'One sentence starting with what the reader needs, e.g. “If you are worried a child is being harmed…”.',
				min: 10,
			}),
			groups: z.array(z.enum(CONTACT_GROUPS)).min(1).meta({
				title: 'Directory groups',
				description:
					'The needs it is listed under on the contacts page; one service can answer several.',
			}),
			order: z
				.number()
				.int()
				.min(1)
				.default(1)
				.meta({ title: 'Order in group', description: '1 comes first.' }),
			organisation: z.string().trim().optional().meta({
				title: 'Organisation',
				description: 'Who runs the service, e.g. “London Borough of Redbridge”.',
			}),
			phones: z
				.array(PhoneSchema)
				.default([])
				.meta({ title: 'Phone numbers', description: 'Each number with when to call it.' }),
			emails: z
				.array(EmailAddressSchema)
				.default([])
				.meta({ title: 'Email addresses', description: 'Team inboxes only.' }),
			website: z
				.object({
					label: z.string().trim().min(2).meta({
						title: 'Link text',
						description: 'e.g. “Private fostering on the council website”.',
					}),
					url: SafeUrlSchema.meta({ title: 'Web address', description: 'Starting with https://.' }),
				})
				.optional()
				.meta({ title: 'Website', description: 'Optional page with more about the service.' }),
			audiences: z.array(AudienceSchema).min(1).meta({
				title: 'Who it is for',
				description: 'The public, professionals, or children and young people.',
			}),
			urgency: z.enum(URGENCIES).meta({
				title: 'Urgency',
				description:
					'“emergency” for 999-type services, “urgent” for child protection, “routine” or “information” otherwise.',
			}),
			lastVerified: DateSchema.optional().meta({
				title: 'Last verified',
				description:
					'When someone last confirmed these details work, or the date of the partnership document they come from. Leave empty if nobody has checked them (e.g. a national helpline): the page then says so, and the stale report lists the entry until it is filled in.',
			}),
			verifiedFrom: z.string().trim().min(3).optional().meta({
				title: 'Verified from',
				description:
					'For editors, never shown on the website: where the details were confirmed, e.g. “RSCP Summer Newsletter 2022” or “Checked with the service by phone”. Needed when Last verified is filled in; the page shows only the month they were last verified.',
			}),
			...editorialShape,
		})
		// A date without a source cannot be checked: say where the details were confirmed.
		.refine((contact) => contact.lastVerified === undefined || contact.verifiedFrom !== undefined, {
			message:
				'Expected “Verified from” (where the details were confirmed) when “Last verified” has a date',
			path: ['verifiedFrom'],
		});

export type ContactsFrontmatter = z.infer<ReturnType<typeof ContactsSchema>>;
