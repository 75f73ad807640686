import { describe, expect, it } from 'vitest';
import { speakerOf } from './test-speakers';

// spk42: a quotation standing alone as a sentence continues the quotation closed by its speaker just before it, across a
// paragraph break too, and through a pronoun's incise to its antecedent.
describe('an unattributed quotation is said by the speaker of the quotation before it', () => {
  it('reads the speaker across a paragraph break', () => {
    expect(speakerOf('Water levels kept rising. "The damage is wholly unacceptable," police said.\n\n"Twelve officers were injured and 40 homes were flooded."', '40', 'en')).toMatch(/police/);
    expect(speakerOf('« Nous faisons tout notre possible », a déclaré le maire.\n« Nous avons perdu 40 maisons. »', '40', 'fr')).toMatch(/maire/);
  });

  it("reads a pronoun's antecedent when a pronoun closes the quotation before", () => {
    expect(speakerOf('The mayor, Jane Roe, spoke on Monday. "We are doing all we can," she said. "We lost 40 homes."', '40', 'en')).toBe('Jane Roe');
    expect(speakerOf('Le maire Jean Dupont est venu lundi. « Nous faisons tout notre possible », a-t-il ajouté. « Nous avons perdu 40 maisons. »', '40', 'fr')).toBe('Jean Dupont');
  });

  it('says nothing when the sentence before closes no quotation, or the quotation has its own speaker', () => {
    expect(speakerOf('Police said the road was closed.\n\n"We lost 40 homes."', '40', 'en')).toBeUndefined();
    expect(speakerOf('"It is bad," police said.\n\n"We lost 40 homes," a farmer, Ana Ruiz, told reporters.', '40', 'en')).toBe('Ana Ruiz');
  });
});

describe('a pronoun closing a quotation opened in an earlier sentence', () => {
  it('takes no quoted noun as its antecedent', () => {
    expect(speakerOf('The president spoke on TV. "It was paid by the ministry. We funded it," he said.\n"The state paid 90 million."', '90 million', 'en')).toBeUndefined();
  });
});
