package org.thrivemis.demo.internal;

import java.util.List;
import java.util.Random;

/** The words the demo's staff write: parents' names, consent notes, referral reasons, review notes. */
final class Phrases {
    static final List<String> PARENT_FORENAMES = List.of("Sarah", "Emma", "Laura", "Michelle", "David", "Mark",
            "Aisha", "Priya", "Tom", "Joanne", "Kelly", "Gareth", "Fatima", "Lisa", "Chris", "Natalie", "Rachel",
            "Wei", "Olu", "Marta", "Hannah", "Imran", "Jo", "Stuart");

    static final List<String> CONSENT_NOTES = List.of("Signed form returned with the admission pack",
            "Signed form in the pupil file", "Consent given at the Thrive coffee morning; form signed",
            "Returned the form at parents' evening", "Signed form scanned to the pupil file");

    static final String REFUSAL_NOTE = "Parent declined individual Thrive work at the start-of-year meeting;"
            + " happy for whole-class activities";

    static final List<String> BEHAVIOUR_REASONS = List.of(
            "Struggles to settle after lunchtime; hides under the table when the classroom is noisy",
            "Frequent conflicts at playtime; finds it hard to accept an adult's help when upset",
            "Withdrawn since September; rarely speaks in class and avoids group work",
            "Outbursts at transitions between lessons; left the classroom twice this half term",
            "Anxious when separating from parent at the gate; tearful most mornings");

    static final List<String> REVIEW_NOTES = List.of(
            "Settles faster after play with the calm box; mum reports bedtime routine is helping."
                    + " Agreed to keep the check-in with the key adult.",
            "Good progress in small-group sessions; still finds whole-class carpet time hard."
                    + " Re-profiled to set the next targets.",
            "Targets met at school and at home; family pleased. Re-profiled to confirm.");

    static final List<String> ATTUNE = List.of("Notice early signs of worry (fidgeting, going quiet) and name them gently",
            "Match the child's energy before helping them slow down", "Greet by name at the door every morning");
    static final List<String> VALIDATE = List.of("\"It makes sense you felt cross when the game changed\"",
            "Acknowledge the feeling before talking about the behaviour", "Tell the child it is fine to find this hard");
    static final List<String> CONTAIN = List.of("Stay close and calm; keep words few when the child is upset",
            "Offer the quiet corner with an adult nearby", "Keep the routine the same after an incident");
    static final List<String> REGULATE = List.of("Two minutes of slow breathing with the key adult before lessons",
            "Movement break (errand to the office) when energy rises", "Weighted cushion and a drink of water at carpet time");

    private Phrases() {
    }

    static String any(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
