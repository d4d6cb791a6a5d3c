/**
 * scikit-learn 1.2.1's data generators reproduced draw for draw from a {@link
 * io.relulab.random.NumpyRandom}: {@code make_classification}, {@code make_moons}, {@code
 * make_circles} and {@code make_blobs}, with the BLAS summation orders their matrix products need
 * ({@link io.relulab.data.synthetic.ProductOrder}), and {@link io.relulab.data.synthetic.Datasets},
 * the reference notebook's data ready to train on.
 */
package io.relulab.data.synthetic;
