package lab.subspace.magics.grasp;

/**
 * Accuracies of one model.
 *
 * @param method the model
 * @param id     task accuracy in distribution (the fine-tuning agreement)
 * @param ood    task accuracy out of distribution (the spurious correlation reversed)
 * @param second accuracy of the second task, sign(s), on the pretraining distribution: the
 *               pretrained model's genuine use of the factor
 */
public record MethodScores(Method method, double id, double ood, double second) {
}
